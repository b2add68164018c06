import Foundation
import Testing

@testable import KnowledgeBase

@Suite("The same article in Markdown and in HTML")
struct MarkdownHTMLEquivalenceTests {
    let markdown: ContentLoader.Result
    let html: ContentLoader.Result

    init() throws {
        markdown = try ContentLoader(directory: LoadingFixtures.folder("Equivalence/markdown")).load()
        html = try ContentLoader(directory: LoadingFixtures.folder("Equivalence/html")).load()
    }

    private func article(_ id: ArticleID, in result: ContentLoader.Result) throws -> Article {
        try #require(result.articles.first { $0.id == id })
    }

    @Test func bothLoadWithoutProblems() {
        #expect(markdown.report == LoadReport(loaded: 2, skipped: 0, problems: []))
        #expect(html.report == LoadReport(loaded: 2, skipped: 0, problems: []))
        #expect(markdown.articles.map(\.format) == [.markdown, .markdown])
        #expect(html.articles.map(\.format) == [.html, .html])
    }

    @Test func metadataIsTheSame() throws {
        let fromMarkdown = try article("invalid-pin-or-security-code", in: markdown)
        let fromHTML = try article("invalid-pin-or-security-code", in: html)
        #expect(fromMarkdown.title == "Invalid PIN or security code error message")
        #expect(fromMarkdown.summary == "What to do when the portal says your PIN or security code is not valid.")
        #expect(fromMarkdown.category == "registration")
        #expect(fromMarkdown.aliases == ["pin wont work", "security code not accepted"])
        #expect(fromMarkdown.related == ["reset-password", "contact-office"])
        #expect(fromMarkdown.updated == "2026-11-20")
        #expect(fromMarkdown.errors == [
            ErrorMessage(id: "invalid-pin", message: "Invalid PIN", variants: ["The PIN you entered is not valid"]),
            ErrorMessage(id: "invalid-security-code", message: "Invalid security code"),
        ])
        let cause = try #require(fromMarkdown.causes.first)
        #expect(cause.id == "code-is-sender-number")
        #expect(cause.anchor == "the-code-is-the-sender-number")
        #expect(cause.errors == ["invalid-security-code"])
        #expect(cause.isDefault == false)
        #expect(cause.when == ["securityCode.digits == 6"])
        #expect(cause.phrases == ["six digit code", "number the text came from"])
        #expect(cause.explanation.hasPrefix("The code you entered has {securityCode.digits} digits."))
        #expect(cause.steps.count == 2)
        #expect(cause.reply.hasPrefix("Hi, thanks for writing in."))
        #expect(fromMarkdown.causes.last?.isDefault == true)

        #expect(fromMarkdown.title == fromHTML.title)
        #expect(fromMarkdown.summary == fromHTML.summary)
        #expect(fromMarkdown.updated == fromHTML.updated)
        #expect(fromMarkdown.category == fromHTML.category)
        #expect(fromMarkdown.aliases == fromHTML.aliases)
        #expect(fromMarkdown.errors == fromHTML.errors)
        #expect(fromMarkdown.causes == fromHTML.causes)
        #expect(fromMarkdown.related == fromHTML.related)
    }

    @Test func sectionsAreTheSame() throws {
        let fromMarkdown = try article("invalid-pin-or-security-code", in: markdown)
        let fromHTML = try article("invalid-pin-or-security-code", in: html)
        try #require(fromMarkdown.sections.count == 4 && fromHTML.sections.count == 4)
        #expect(fromMarkdown.sections.map(\.anchor) == ["", "the-code-is-the-sender-number", "pin-expired", "steps"])
        #expect(fromMarkdown.sections.map(\.heading) == [
            "", "The code is the sender number", "The PIN has expired", "Steps",
        ])
        #expect(fromMarkdown.sections.map(\.level) == [0, 2, 2, 3])
        #expect(fromMarkdown.sections[1].text == """
            The number the text came from is not the code. See resetting your password.
            Open the newest text message.
            Type the 5-digit code.
            """)
        #expect(fromMarkdown.sections[3].text.hasPrefix("Call the office.\nAsk for a new invitation.\nCode Meaning\nPIN From the invitation"))
        #expect(fromMarkdown.sections.map(\.heading) == fromHTML.sections.map(\.heading))
        #expect(fromMarkdown.sections.map(\.anchor) == fromHTML.sections.map(\.anchor))
        #expect(fromMarkdown.sections.map(\.level) == fromHTML.sections.map(\.level))
        #expect(fromMarkdown.sections.map(\.text) == fromHTML.sections.map(\.text))
        // The title heading is the title, not a section, and not repeated in the body HTML.
        #expect(!fromMarkdown.html.contains("<h1"))
        #expect(!fromHTML.html.contains("<h1"))
        #expect(fromHTML.html.contains(#"<h2 id="the-code-is-the-sender-number">"#))
        #expect(fromMarkdown.html.contains(#"<h2 id="pin-expired">"#))
    }

    /// Each link's text is kept with its section, where it is in the section's text, pointing
    /// at the target's id (a file link too); the search credits it to the target.
    @Test func linkTextsAreTheSameAndPointAtIDs() throws {
        for result in [markdown, html] {
            let article = try article("invalid-pin-or-security-code", in: result)
            let linked = article.sections.flatMap { section in
                section.linkTexts.map { link in
                    (link.target.rawValue, String(decoding: Array(section.text.utf8)[link.range], as: UTF8.self))
                }
            }
            #expect(linked.map(\.0) == ["reset-password", "contact-office"])
            #expect(linked.map { $0.1.trimmingCharacters(in: .whitespaces) } == ["resetting your password", "contact the office"])
        }
    }

    @Test func linksAreTheSameAndPointAtIDs() throws {
        let fromMarkdown = try article("invalid-pin-or-security-code", in: markdown)
        let fromHTML = try article("invalid-pin-or-security-code", in: html)
        let expected = [
            InternalLink(target: "reset-password", anchor: "before-you-start"),
            // `contact-your-office.md` declares `id: contact-office`.
            InternalLink(target: "contact-office", anchor: "by-phone"),
        ]
        #expect(fromMarkdown.links.map { InternalLink(target: $0.target, anchor: $0.anchor) } == expected)
        #expect(fromHTML.links.map { InternalLink(target: $0.target, anchor: $0.anchor) } == expected)
        #expect(fromMarkdown.links.map(\.line) == [40, 47])
        #expect(fromHTML.links.map(\.line) == [42, 50])
        // Relative file links are rewritten to the site's article URLs.
        #expect(fromMarkdown.html.contains(#"href="/articles/contact-office#by-phone""#))
        #expect(fromHTML.html.contains(#"href="/articles/contact-office#by-phone""#))
    }
}
