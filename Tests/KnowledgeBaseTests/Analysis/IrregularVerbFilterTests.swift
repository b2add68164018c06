import Testing
@testable import KnowledgeBase

/// Irregular past forms analyze to their verb's term (`IrregularVerbFilter`), so the word a
/// patient types matches the article's word in another tense.
@Suite struct IrregularVerbFilterTests {
    let analyzer = Analyzer.standard

    private func terms(_ text: String) -> [String] { analyzer.analyze(text).map(\.term) }

    @Test(arguments: [("forgotten", "forget"), ("forgot", "forget"), ("sent", "send"), ("found", "find"), ("told", "tell")])
    func aPastFormAnalyzesToItsVerb(form: String, verb: String) {
        #expect(terms(form) == terms(verb))
        #expect(!terms(form).isEmpty)
    }

    @Test func wordsThatAreAlsoOtherWordsStayThemselves() {
        // "left" is a side of the screen as often as the past of "leave".
        #expect(terms("left") != terms("leave"))
        #expect(terms("saw") == ["saw"])
    }

    @Test func theSpanishAnalyzerIsUntouched() {
        #expect(!(Analyzer.spanish.filters.contains { $0 is IrregularVerbFilter }))
    }

    @Test func aForgottenUsernameFindsTheForgotUsernameArticle() {
        let articles = [
            Article(id: "forgot-username", title: "Forgot your username?", category: "signing-in",
                    sections: [SearchFixtures.section("", "", "Tap Forgot username on the sign in page.", level: 0)]),
            Article(id: "reset-password", title: "Reset your password", category: "signing-in",
                    sections: [SearchFixtures.section("", "", "If your username is right but the password is not, reset it. "
                                                        + "Choose a new password for your username.", level: 0)]),
        ]
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))
        #expect(searcher.search(SearchRequest(query: "username forgotten")).hits.first?.id == "forgot-username")
    }
}
