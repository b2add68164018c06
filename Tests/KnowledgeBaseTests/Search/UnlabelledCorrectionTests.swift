import Testing
@testable import KnowledgeBase

/// A typo correction to a word that no article has in a title, alias, error message or heading
/// is the weaker guess (`RankingParameters.unlabelledCorrectionWeight`): a word the articles do
/// not know ("copay") is not answered with confidence for looking like one their text writes ("copy").
@Suite struct UnlabelledCorrectionTests {
    static let articles: [Article] = [
        SearchFixtures.article("link-cut-off", "The link in the email does not open", category: "registration",
                               text: "Copy all of it. A copy of half a link, a copy typed by hand, a copy in two: no copy opens."),
        SearchFixtures.article("reset-password", "Reset your password", category: "signing-in",
                               text: "Choose Forgot password on the sign-in page and type the email address you registered with. "
                                   + "The email with the link comes in a few minutes; look in the spam folder too. Take the link, "
                                   + "choose a new password of eight characters or more, and sign in with it."),
        SearchFixtures.article("supported-browsers", "Supported browsers", category: "browser-and-device",
                               text: "Use a current version of Chrome, Edge, Firefox or Safari."),
        SearchFixtures.article("sign-out", "Sign out", category: "signing-in", text: "Use the menu at the top right to sign out."),
    ]

    static func searcher(unlabelledCorrectionWeight: Double) -> Searcher {
        SearchFixtures.searcher(articles) { $0.unlabelledCorrectionWeight = unlabelledCorrectionWeight }
    }

    static let standard = searcher(unlabelledCorrectionWeight: RankingParameters.standard.unlabelledCorrectionWeight)

    @Test func aCorrectionToABodyWordIsNoConfidentAnswer() {
        let request = SearchRequest(query: "copay")
        // At a typo's full weight, "copy" written four times answers "copay" with confidence.
        let unweighed = Self.searcher(unlabelledCorrectionWeight: 1).search(request)
        #expect(unweighed.hits.first?.id == "link-cut-off")
        #expect(unweighed.confident)
        let results = Self.standard.search(request)
        #expect(results.hits.first?.id == "link-cut-off", "still offered, as related")
        #expect(!results.confident)
    }

    @Test func aCorrectionToALabelledWordKeepsItsWeight() {
        let results = Self.standard.search(SearchRequest(query: "pasword"))
        #expect(results.hits.first?.id == "reset-password")
        #expect(results.confident)
        let query = Self.standard.parser.parse("pasword")
        let weights = query.clauses.flatMap(\.alternatives).filter { if case .fuzzy = $0.kind { true } else { false } }.map(\.weight)
        #expect(weights == [RankingParameters.standard.fuzzyWeights[0]])
    }

    @Test func theExplanationShowsTheWeakerWeight() throws {
        let hits = Self.standard.search(SearchRequest(query: "copay", explain: true)).hits
        let lines = try #require(hits.first?.explanation).formatted().split(separator: "\n")
        let expected = RankingParameters.standard.fuzzyWeights[0] * RankingParameters.standard.unlabelledCorrectionWeight
        #expect(lines.contains { $0.contains("typo (distance 1, to a word in no label) \"copi\" × weight \(expected)") })
    }
}
