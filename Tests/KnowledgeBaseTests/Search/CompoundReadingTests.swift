import Testing
@testable import KnowledgeBase
import TestSupport

/// A hyphenated word the collection does not have as one word is read as its parts, as if
/// typed apart: "auto-invite" finds what "auto invite" finds.
@Suite struct CompoundReadingTests {
    let analyzer = Analyzer.standard

    @Test func anUnknownHyphenatedWordIsReadAsItsParts() {
        let apart = analyzer.analyzeWords("auto-invite not received", readsApart: { _, _ in true })
        #expect(apart.map(\.surface) == ["auto", "invite", "not", "received"])
        #expect(apart.allSatisfy { $0.parts.isEmpty })
        // Each part keeps its own place in the text (a snippet or a redaction can find it).
        #expect(apart[0].start == 0 && apart[0].end == 4 && apart[1].start == 5 && apart[1].end == 11)
        let whole = analyzer.analyzeWords("auto-invite not received", readsApart: { _, _ in false })
        #expect(whole.map(\.surface) == ["autoinvite", "not", "received"])
        #expect(whole[0].parts == ["auto", "invit"])
    }

    @Test func stopWordPartsAreDroppedLikeStopWordsTypedApart() {
        #expect(analyzer.analyzeWords("check-in", readsApart: { _, _ in true }).map(\.surface) == ["check"])
        #expect(analyzer.analyzeWords("check-in", keepsStopWords: true, readsApart: { _, _ in true }).map(\.surface) == ["check", "in"])
    }

    /// File names, addresses, dates and codes stay one word: their parts mean little apart.
    @Test(arguments: ["system.dll", "2-step", "sign-in.html", "covid-19"])
    func onlyWordsOfLettersJoinedByHyphensAreReadApart(text: String) {
        let words = analyzer.analyzeWords(text, readsApart: { _, _ in true })
        #expect(words.count == 1, "\(words.map(\.surface))")
    }

    @Test func theUnicodeHyphensJoinToo() {
        #expect(analyzer.analyzeWords("auto\u{2011}invite", readsApart: { _, _ in true }).map(\.surface) == ["auto", "invite"])
    }

    /// A part written with a typo is corrected, as it would be typed apart; the whole, which no
    /// article has, could not be.
    @Test func aMisspelledPartIsCorrected() {
        #expect(SearchFixtures.ids("pasword-reset").first == "reset-password")
        #expect(SearchFixtures.ids("pasword reset").first == "reset-password")
    }

    /// A word the collection has as one word keeps being matched as one ("e-mail"), its parts
    /// an alternative, so the compound's own postings still count.
    @Test func aKnownHyphenatedWordStaysOneWord() throws {
        let kb = try ContentFixture.knowledgeBase()
        let query = QueryParser(index: kb.searcher.index, ranking: .standard, typos: .standard).parse("e-mail")
        #expect(query.words.map(\.surface) == ["email"])
    }

    /// A word a synonym names as one word stays one word: "b-day" is the synonyms' word for
    /// a birthday, and "b" and "day" apart mean nothing of the kind.
    @Test func aHyphenatedWordASynonymNamesStaysOneWord() throws {
        let kb = try ContentFixture.knowledgeBase()
        let query = QueryParser(index: kb.searcher.index, ranking: .standard, typos: .standard).parse("wrong b-day")
        #expect(query.words.map(\.surface) == ["wrong", "bday"])
        #expect((try? kb.search(SearchRequest(query: "wrong b-day")))?.hits.first?.id == "date-of-birth-incorrect")
    }

    /// Over the shipped articles: the abbreviation "auto" has a synonym, which only a word of
    /// its own can get.
    @Test func aPartGetsItsSynonyms() throws {
        let kb = try ContentFixture.knowledgeBase()
        func first(_ query: String) -> String? { (try? kb.search(SearchRequest(query: query)))?.hits.first?.id.rawValue }
        #expect(first("auto invite") == "automatic-portal-invitation")
        #expect(first("auto-invite") == "automatic-portal-invitation")
        #expect(first("why did i get an auto-invite email") == "automatic-portal-invitation")
    }
}
