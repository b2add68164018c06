import Testing
@testable import Markdown

// The help-content flavour: anchors, callouts, degraded directives, raw HTML, GFM extensions.
@Suite struct HelpContentTests {
    static func html(_ markdown: String, _ options: MarkdownOptions = .helpContent) -> String {
        HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(markdown))
    }

    // MARK: Heading anchors

    @Test func headingsGetDeduplicatedSlugs() {
        let document = MarkdownParser().parse("# Reset your password\n\n## Reset your password\n\n### Reset *your* password!\n")
        #expect(document.headings.map(\.anchor) == ["reset-your-password", "reset-your-password-1", "reset-your-password-2"])
        #expect(document.headings.map(\.level) == [1, 2, 3])
        #expect(document.headings[2].text == "Reset your password!")
        let html = HTMLRenderer().render(document)
        #expect(html.contains("<h1 id=\"reset-your-password\">Reset your password</h1>"))
        #expect(html.contains("<h3 id=\"reset-your-password-2\">Reset <em>your</em> password!</h3>"))
    }

    @Test func slugRules() {
        #expect(Slug.make(Array("What's new in v2.0?".utf8)) == "what-s-new-in-v2-0")
        #expect(Slug.make(Array("  --Sign  in--  ".utf8)) == "sign-in")
        #expect(Slug.make(Array("Café déjà vu".utf8)) == "caf-d-j-vu")
        #expect(Slug.make(Array("???".utf8)) == "section")
    }

    @Test func anchorRegistryForOtherHeadingSources() {
        var registry = AnchorRegistry()
        registry.reserve("intro")
        #expect(registry.unique(Slug.make("Intro")) == "intro-1")
        #expect(registry.unique("a") == "a")
        #expect(registry.unique("a-1") == "a-1")
        #expect(registry.unique("a") == "a-2")
        #expect(Slug.make("What's new?") == "what-s-new")
    }

    @Test func customHeadingID() {
        let html = Self.html("## Sign in to the portal {#signing-in}\n\n## Sign in to the portal\n")
        #expect(html.contains("<h2 id=\"signing-in\">Sign in to the portal</h2>"))
        #expect(html.contains("<h2 id=\"sign-in-to-the-portal\">"))
        let setext = Self.html("Title {#top}\n=====\n")
        #expect(setext == "<h1 id=\"top\">Title</h1>\n")
    }

    @Test func explicitIDTakesPrecedenceInDeduplication() {
        let document = MarkdownParser().parse("# A {#a}\n# A\n")
        #expect(document.headings.map(\.anchor) == ["a", "a-1"])
    }

    @Test func commonMarkHasNoAnchors() {
        #expect(Self.html("# Hi {#x}\n", .commonMark) == "<h1>Hi {#x}</h1>\n")
    }

    // MARK: Callouts

    @Test(arguments: [("NOTE", "note", "Note"), ("TIP", "tip", "Tip"), ("IMPORTANT", "important", "Important"),
                      ("WARNING", "warning", "Warning"), ("CAUTION", "caution", "Caution")])
    func callouts(marker: String, name: String, title: String) {
        let html = Self.html("> [!\(marker)]\n> Restart your **browser**.\n>\n> Then try again.\n")
        #expect(html == """
            <div class="callout callout-\(name)" role="note">
            <p class="callout-title">\(title)</p>
            <p>Restart your <strong>browser</strong>.</p>
            <p>Then try again.</p>
            </div>

            """)
    }

    @Test func calloutMarkerIsCaseInsensitiveAndMayShareTheLine() {
        #expect(Self.html("> [!note] Be careful.\n").contains("<p>Be careful.</p>"))
        #expect(Self.html("> [!Warning]\n").contains("callout-warning"))
    }

    @Test func unknownMarkersAreDroppedAndPlainQuotesStay() {
        let html = Self.html("> [!div class=\"nextstepaction\"]\n> [Next step](/articles/next)\n")
        #expect(html == "<blockquote>\n<p><a href=\"/articles/next\">Next step</a></p>\n</blockquote>\n")
        #expect(Self.html("> Just a quote.\n") == "<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n")
    }

    @Test func calloutsAreOffInCommonMarkAndGFM() {
        #expect(Self.html("> [!NOTE]\n> x\n", .gfm) == "<blockquote>\n<p>[!NOTE]\nx</p>\n</blockquote>\n")
    }

    // MARK: Directives

    @Test func imageDirectiveBecomesItsAltText() {
        let html = Self.html("Before.\n\n:::image type=\"content\" source=\"media/x.png\" alt-text=\"The sign-in page\":::\n\nAfter.\n")
        #expect(html == "<p>Before.</p>\n<p>The sign-in page</p>\n<p>After.</p>\n")
    }

    @Test func directiveFencesAreDropped() {
        let html = Self.html(":::zone pivot=\"windows\"\n\nUse the **Start** menu.\n\n:::zone-end\n\n::: moniker range=\">=x\"\nText\n::: moniker-end\n")
        #expect(html == "<p>Use the <strong>Start</strong> menu.</p>\n<p>Text</p>\n")
        #expect(!html.contains(":::"))
    }

    @Test func inlineImageDirectives() {
        #expect(Self.html("Select the icon (:::image type=\"icon\" source=\"a.png\":::) to start.\n")
            == "<p>Select the icon () to start.</p>\n")
        #expect(Self.html("Click :::image type=\"icon\" source=\"a.png\" alt-text=\"the gear\":::, then **Save**.\n")
            == "<p>Click the gear, then <strong>Save</strong>.</p>\n")
        #expect(Self.html("Time 10:30 ::: not a directive\n") == "<p>Time 10:30 ::: not a directive</p>\n")
        #expect(Self.html("| a |\n| - |\n| :::image alt-text=\"X\"::: |\n").contains("<td>X</td>"))
    }

    @Test func droppedDirectiveLinesKeepListsTight() {
        #expect(Self.html("- a\n:::zone-end\n- b\n") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func deeplyIndentedImageDirectiveIsNotCode() {
        let html = Self.html("1. Step\n\n   - Sub step\n\n          :::image source=\"a.png\" alt-text=\"Alt\":::\n")
        #expect(!html.contains("<pre>"))
        #expect(html.contains("<p>Alt</p>"))
    }

    @Test func includesRenderAsNothing() {
        #expect(Self.html("[!INCLUDE [banner](../includes/banner.md)]\n\nText.\n") == "<p>Text.</p>\n")
        #expect(Self.html("See [!INCLUDE [x](y.md)] here.\n") == "<p>See  here.</p>\n")
    }

    @Test func directivesInsideCodeAreKept() {
        let html = Self.html("```\n:::image alt-text=\"A\":::\n[!INCLUDE [a](b)]\n```\n")
        #expect(html == "<pre><code>:::image alt-text=&quot;A&quot;:::\n[!INCLUDE [a](b)]\n</code></pre>\n")
    }

    // MARK: Raw HTML and GFM

    @Test func rawHTMLIsKept() {
        let html = Self.html("<div class=\"steps\">\n\n1. Press <kbd>Ctrl</kbd>+<kbd>R</kbd>.\n\n</div>\n")
        #expect(html.contains("<div class=\"steps\">"))
        #expect(html.contains("<kbd>Ctrl</kbd>+<kbd>R</kbd>"))
        #expect(html.contains("</div>"))
    }

    @Test func tagFilterEscapesDangerousTags() {
        #expect(Self.html("<script>alert(1)</script>\n") == "&lt;script>alert(1)&lt;/script>\n")
        #expect(Self.html("<script>alert(1)</script>\n", .commonMark) == "<script>alert(1)</script>\n")
    }

    @Test func tablesWithAlignmentAndInlineContent() {
        let html = Self.html("| Step | Result |\n|:-----|:------:|\n| Open **Settings** | `ok` [link](/a) |\n| Two \\| pipes |\n")
        #expect(html == """
            <table>
            <thead>
            <tr>
            <th align="left">Step</th>
            <th align="center">Result</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">Open <strong>Settings</strong></td>
            <td align="center"><code>ok</code> <a href="/a">link</a></td>
            </tr>
            <tr>
            <td align="left">Two | pipes</td>
            <td align="center"></td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func tableAfterParagraphLines() {
        let html = Self.html("Intro line\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(html.hasPrefix("<p>Intro line</p>\n<table>"))
    }

    @Test func strikethroughAndAutolinks() {
        #expect(Self.html("~~old~~ new\n") == "<p><del>old</del> new</p>\n")
        #expect(Self.html("Go to www.example.com/help.\n")
            == "<p>Go to <a href=\"http://www.example.com/help\">www.example.com/help</a>.</p>\n")
        #expect(Self.html("Email support@example.com or https://example.com/a?b=1.\n")
            == "<p>Email <a href=\"mailto:support@example.com\">support@example.com</a> or <a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>.</p>\n")
        #expect(Self.html("[www.example.com](/x)\n") == "<p><a href=\"/x\">www.example.com</a></p>\n")
        #expect(Self.html("www.example.com\n", .commonMark) == "<p>www.example.com</p>\n")
    }

    @Test func taskLists() {
        #expect(Self.html("- [ ] one\n- [x] two\n")
            == "<ul>\n<li><input disabled=\"\" type=\"checkbox\"> one</li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> two</li>\n</ul>\n")
    }

    // MARK: Front matter

    @Test func frontMatterSplit() {
        let split = FrontMatter.split("---\ntitle: A\n---\n# Body\n")
        #expect(split.yaml == "title: A\n")
        #expect(split.body == "# Body\n")
        #expect(FrontMatter.split("# No front matter\n---\n").yaml == nil)
        #expect(FrontMatter.split("---\nunclosed: yes\n").body == "---\nunclosed: yes\n")
        #expect(FrontMatter.split("---\r\ntitle: A\r\n---\r\nBody").body == "Body")
    }

    @Test func documentsCrossConcurrencyDomains() async {
        let document = MarkdownParser().parse("# Title\n")
        let html = await Task.detached { HTMLRenderer().render(document) }.value
        #expect(html == "<h1 id=\"title\">Title</h1>\n")
    }
}
