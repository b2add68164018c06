import Foundation
import Testing

@testable import KnowledgeBase

/// `audience: staff` (front matter or `<meta name="audience">`): loading, the checker's rules
/// that keep staff guides away from patients, and the search filter beside the category filter.
@Suite struct AudienceTests {
    let loaded: ContentLoader.Result
    let kb: KnowledgeBase

    init() throws {
        loaded = try ContentLoader(directory: LoadingFixtures.folder("Audience")).load()
        kb = KnowledgeBase(articles: loaded.articles)
    }

    private func audience(_ id: ArticleID) -> Audience? { kb.article(id)?.audience }

    @Test func frontMatterAndMetaSetTheAudienceAndPatientIsTheDefault() {
        #expect(audience("patient-guide") == .patient)
        #expect(audience("staff-guide") == .staff)
        #expect(audience("staff-html") == .staff, "<meta name=\"audience\" content=\"Staff\">, any case")
    }

    /// msdocs has `audience: ITPro`: an unknown audience is a warning (which `Content/`'s tests
    /// forbid) and reads as the default.
    @Test func anUnknownAudienceIsAWarningAndReadsAsTheDefault() {
        #expect(audience("typo-audience") == .patient)
        let problem = loaded.report.problems.first { $0.file == "typo-audience.md" }
        #expect(problem?.severity == .warning)
        #expect(problem?.line == 4)
        #expect(problem?.message.contains("unknown audience 'staf'") == true)
        #expect(loaded.report.problems.filter { $0.file != "typo-audience.md" }.isEmpty, "\(loaded.report.problems)")
    }

    @Test func checkerKeepsStaffGuidesAwayFromPatients() {
        let problems = ContentChecker().check(loaded)
        func has(_ file: String, _ line: Int, _ text: String) -> Bool {
            problems.contains { $0.file == file && $0.line == line && $0.message.contains(text) }
        }
        #expect(has("patient-guide.md", 7, "related article 'staff-guide' is for staff"))
        #expect(has("patient-guide.md", 11, "link to staff article 'staff-guide'"))
        #expect(has("staff-with-causes.md", 5, "a staff article cannot have 'errors' or 'causes'"))
        // A staff guide may list staff and patient articles as related and link patient articles.
        #expect(!problems.contains { $0.file == "staff-guide.md" }, "\(problems)")
    }

    @Test func searchLeavesStaffGuidesOutUnlessStaffAsk() {
        let patient = Set(kb.search(SearchRequest(query: "pin")).hits.map(\.id))
        #expect(patient == ["patient-guide", "typo-audience"])
        let staff = Set(kb.search(SearchRequest(query: "pin", audience: .staff)).hits.map(\.id))
        #expect(staff == ["patient-guide", "staff-guide", "staff-html", "typo-audience", "staff-with-causes"])
        #expect(kb.search(SearchRequest(query: "access code")).total == 0)
        let staffOnly = kb.search(SearchRequest(query: "access code", audience: .staff)).hits.map(\.id)
        #expect(staffOnly.first == "staff-guide" && staffOnly.allSatisfy { kb.article($0)?.audience == .staff }, "\(staffOnly)")
    }

    @Test func audienceCombinesWithTheCategoryFilter() {
        let hits = kb.search(SearchRequest(query: "pin", category: "registration", audience: .staff)).hits.map(\.id)
        #expect(Set(hits) == ["patient-guide", "staff-guide", "staff-html", "typo-audience"])
        #expect(Set(kb.search(SearchRequest(query: "pin", category: "registration")).hits.map(\.id)) == ["patient-guide", "typo-audience"])
    }

    @Test func suggestionsAndListingsShowPatientsOnlyPatientArticles() {
        #expect(kb.searcher.suggest(prefix: "for office").isEmpty)
        #expect(kb.searcher.suggest(prefix: "for office", audience: .staff).map(\.id).contains("staff-guide"))
        #expect(kb.articles(visibleTo: .patient).map(\.id) == ["patient-guide", "typo-audience"])
        #expect(kb.articles(visibleTo: .staff).count == 5)
        // Sorted by title: "A guide whose audience is mistyped", "Reset your portal PIN".
        #expect(kb.articlesByCategory(visibleTo: .patient)["registration"]?.map(\.id) == ["typo-audience", "patient-guide"])
        #expect(kb.article("staff-guide", visibleTo: .patient) == nil)
        #expect(kb.article("staff-guide", visibleTo: .staff)?.id == "staff-guide")
        #expect(kb.article("patient-guide", visibleTo: .staff)?.id == "patient-guide")
    }
}
