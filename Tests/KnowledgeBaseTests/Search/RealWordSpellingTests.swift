import Testing
@testable import KnowledgeBase

/// "Did you mean" leaves a word of the language alone ("pay", "chat") unless an article's word
/// that looks like it stands beside a neighbouring query word in some article (`Analyzer.words`,
/// `SpellingSuggester`).
@Suite struct RealWordSpellingTests {
    static let articles: [Article] = [
        SearchFixtures.article("appointment-day", "Your appointment day", category: "appointments",
                               text: "The day of your visit shows on the home page. Each day has its own list."),
        SearchFixtures.article("medical-chart", "What is in your chart", category: "your-account",
                               text: "Your chart holds your visits. The chart shows each note the office adds."),
        SearchFixtures.article("sign-out", "Sign out", category: "signing-in",
                               text: "Choose sign out at the top right. Sign out on a shared computer every time."),
        SearchFixtures.article("reset-password", "Reset your password", category: "signing-in",
                               text: "Choose Forgot password on the sign-in page."),
    ]

    static func searcher(words: WordList?) -> Searcher {
        var analyzer = Analyzer.standard
        analyzer.words = words
        return Searcher(index: IndexBuilder(synonyms: .builtIn, analyzer: analyzer).build(articles))
    }

    static let standard = searcher(words: Analyzer.standard.words)

    static func suggestion(_ query: String, _ searcher: Searcher = standard) -> String? {
        searcher.search(SearchRequest(query: query)).suggestion
    }

    @Test func theLanguagesWordsAreRead() throws {
        let english = try #require(Analyzer.standard.words), spanish = try #require(Analyzer.spanish.words)
        #expect(english.contains("pay") && english.contains("chat") && english.contains("dose"))
        #expect(!english.contains("pasword") && !english.contains("calander"))
        #expect(spanish.contains("telefono") && spanish.contains("pagina"), "folded as the analyzer folds \"teléfono\"")
        #expect(spanish.contains("cita") && !spanish.contains("cuneta"))
    }

    @Test func aWordOfTheLanguageIsNotCorrectedOnLooksAlone() {
        // Without the language's words, "pay" and "chat" read as slips for the articles' "day" and "chart".
        let withoutWords = Self.searcher(words: nil)
        #expect(Self.suggestion("pay my bill", withoutWords) == "day my bill")
        #expect(Self.suggestion("live chat", withoutWords) == "live chart")
        #expect(Self.suggestion("pay my bill") == nil)
        #expect(Self.suggestion("live chat") == nil)
    }

    @Test func aRealWordErrorIsToldByItsNeighbour() {
        // "sing" is a word, but the articles write "sign" right before "out".
        #expect(Self.suggestion("sing out") == "sign out")
    }

    @Test func aMisspellingIsStillCorrected() {
        #expect(Self.suggestion("forgot pasword") == "forgot password")
        #expect(Self.suggestion("chart notte") == "chart note")
    }
}
