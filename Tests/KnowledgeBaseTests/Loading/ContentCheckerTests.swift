import Foundation
import Testing

@testable import KnowledgeBase

@Suite("ContentChecker finds each kind of problem")
struct ContentCheckerTests {
    let problems: [ContentProblem]

    init() throws {
        let result = try ContentLoader(directory: LoadingFixtures.folder("Checker")).load()
        problems = ContentChecker().check(result)
    }

    private func problem(_ file: String, _ line: Int, containing text: String) -> ContentProblem? {
        problems.first { $0.file == file && $0.line == line && $0.message.contains(text) }
    }

    @Test func unreadableAndMalformedFiles() {
        #expect(problem("broken.md", 3, containing: "malformed front matter") != nil)
        #expect(problem("untitled.html", 1, containing: "no title") != nil)
    }

    @Test func duplicateIDsNameBothFiles() {
        #expect(problem("first.md", 2, containing: "duplicate id 'shared-id': also used by copy-of-first.html") != nil)
        #expect(problem("copy-of-first.html", 2, containing: "duplicate id 'shared-id': also used by first.md") != nil)
    }

    @Test func unknownCategory() {
        #expect(problem("second.html", 4, containing: "unknown category 'billing'") != nil)
        #expect(!problems.contains { $0.file == "first.md" && $0.message.contains("category") })
    }

    @Test func relatedIDsThatPointNowhere() {
        #expect(problem("first.md", 7, containing: "related article 'missing-article' does not exist") != nil)
        #expect(!problems.contains { $0.message.contains("'second-article' does not exist") })
    }

    @Test func linksAndAnchorsThatPointNowhere() {
        #expect(problem("first.md", 21, containing: "link to 'second-article#no-such-anchor'") != nil)
        #expect(problem("first.md", 23, containing: "link to article 'nowhere', which does not exist") != nil)
        #expect(problem("second.html", 7, containing: "link to article 'missing-file', which does not exist") != nil)
        #expect(!problems.contains { $0.message.contains("#real-anchor") })
    }

    @Test func causesWhoseAnchorIsNotASection() {
        #expect(problem("first.md", 11, containing: "cause 'bad-cause': anchor 'not-a-section'") != nil)
        #expect(!problems.contains { $0.message.contains("good-cause") })
    }

    @Test func nothingElse() {
        #expect(problems.count == 10)
        #expect(problems.allSatisfy { $0.severity == .error })
    }

    @Test func articlesWithoutSourceLinesStillGetProblems() {
        let articles = [
            Article(id: "a", title: " ", category: "nope", related: ["b"], sourcePath: "a.md"),
        ]
        let found = ContentChecker().check(articles)
        #expect(found.map(\.message).sorted() == [
            "missing title", "related article 'b' does not exist",
            "unknown category 'nope' (known: appointments, browser-and-device, getting-help, messaging, registration, signing-in, your-account)",
        ])
        #expect(found.allSatisfy { $0.file == "a.md" && $0.line == 1 })
    }
}
