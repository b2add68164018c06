import Foundation
import Testing

@testable import KnowledgeBase

@Suite("The msdocs corpus loads")
struct MSDocsLoadTests {
    /// One load of all 5,000 files: every article loads; `includes/` fragments are not articles.
    @Test func wholeCorpusLoads() throws {
        let result = try ContentLoader(directory: LoadingFixtures.msdocs).load()
        // 5,000 Markdown files: 4,987 articles, NOTICE.md (titled by its heading), 12 fragments under includes/.
        #expect(result.report.loaded == 4_988)
        #expect(result.report.skipped == 0)
        #expect(result.report.errors.isEmpty, "\(result.report.errors.prefix(5))")
        #expect(!result.articles.contains { $0.sourcePath.contains("/includes/") })

        let c2004 = try #require(result.articles.first { $0.id == "cpp-errors/compiler-errors-1/compiler-error-c2004" })
        #expect(c2004.title == "Compiler Error C2004")
        #expect(c2004.summary == "Learn more about: Compiler Error C2004")
        #expect(c2004.sections.map(\.anchor).starts(with: ["", "remarks", "example"]))
        #expect(c2004.sections.first?.text == "expected 'defined(id)'")

        #expect(result.articles.allSatisfy { !$0.title.isEmpty && !$0.sections.isEmpty })
        // Text is escaped, so any `<name …>` left in the HTML is a real tag.
        let liveStyleOrHandler = try Regex(#"<[a-zA-Z][^>]*\s(style|on[a-zA-Z]+)\s*="#)
        #expect(!result.articles.contains { $0.html.contains("<script") || $0.html.contains(liveStyleOrHandler) })
    }
}
