import Diagnoser
import Foundation
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct ViewTests {
    @Test func searchPageOffersTheSuggestion() async throws {
        let views = try await PageRenderer.bundled()
        let results = SearchResults(query: "pasword", total: 0, hits: [], suggestion: "password")
        let html = views.render(SearchPage(query: "pasword", category: "signing-in", results: results, chrome: try Fixtures.chrome()))
        #expect(html.contains("Did you mean <a href=\"/search?q=password&amp;category=signing-in\">password</a>?"))
        #expect(html.contains("We have no article that answers this"))
    }

    @Test func unrecognisedDiagnosisOffersSearchResultsAndContacts() async throws {
        let views = try await PageRenderer.bundled()
        let hit = SearchHit(id: "reset-password", title: "Reset your password", category: "signing-in", anchor: "password-rules", snippet: "", score: 1)
        let page = TroubleshootPage(
            message: "something odd", agentView: false, diagnosis: Diagnosis(searchResults: [hit]), knowledgeBase: Fixtures.knowledgeBase,
            chrome: try Fixtures.chrome()
        )
        let html = views.render(page)
        #expect(html.contains("We couldn&#39;t recognise that error"))
        #expect(html.contains("<a href=\"/articles/reset-password#password-rules\">Reset your password</a>"))
        #expect(html.contains("call your doctor's office") || html.contains("call your doctor&#39;s office"))
        #expect(html.contains(">something odd</textarea>"))
    }

    @Test func articleBodyLosesOnlyALeadingTitle() {
        #expect(ArticlePage.withoutLeadingTitle("\n<h1>T</h1><p>x</p>") == "<p>x</p>")
        #expect(ArticlePage.withoutLeadingTitle("<p>a</p><h1>T</h1>") == "<p>a</p><h1>T</h1>")
    }

    @Test func pathsAreEncoded() {
        #expect(Paths.article("a b", anchor: "x") == "/articles/a%20b#x")
        #expect(Paths.article("reset-password", anchor: "") == "/articles/reset-password")
        #expect(Paths.search("pin & code") == "/search?q=pin%20%26%20code")
    }
}

@Suite struct SuggestionViewTests {
    @Test func aSuggestionEqualToTheQueryIsNotOffered() async throws {
        let views = try await PageRenderer.bundled()
        let results = SearchResults(query: "Forgot password", total: 0, hits: [], suggestion: "forgot password")
        #expect(!views.render(SearchPage(query: "Forgot password", category: nil, results: results, chrome: try Fixtures.chrome())).contains("Did you mean"))
    }
}

/// When the two most likely causes are about as likely, the agent view says so; the patient view does not.
@Suite struct CloseCallTests {
    static func cause(_ id: String, _ confidence: Double) -> RankedCause {
        RankedCause(id: id, confidence: confidence, article: ArticleReference(id: "a", title: "A"),
                    explanation: "", steps: [], reply: "", evidence: [], office: ["Check the chart."])
    }

    @Test func closeCausesAreACloseCallInTheAgentViewOnly() throws {
        let chrome = try Fixtures.chrome()
        let close = Diagnosis(causes: [Self.cause("one", 0.62), Self.cause("two", 0.58)])
        let clear = Diagnosis(causes: [Self.cause("one", 0.9), Self.cause("two", 0.5)])
        #expect(close.isCloseCall)
        #expect(!clear.isCloseCall)
        #expect(TroubleshootPage(agentView: true, diagnosis: close, chrome: chrome).closeCall)
        #expect(!TroubleshootPage(agentView: false, diagnosis: close, chrome: chrome).closeCall)
        #expect(!TroubleshootPage(agentView: true, diagnosis: clear, chrome: chrome).closeCall)
        // Office steps only reach the agent view.
        #expect(TroubleshootPage(agentView: true, diagnosis: clear, chrome: chrome).causes.first?.office == ["Check the chart."])
        #expect(TroubleshootPage(agentView: false, diagnosis: clear, chrome: chrome).causes.first?.office.isEmpty == true)
        #expect(close.plainText.contains("Close call"))
    }
}
