import KnowledgeBase
import TestSupport
import Testing

/// A search written in the other language than the pages' is pointed to that language's
/// articles when they answer it; the pages' own results are never changed, and a query in
/// the pages' language is never sent away.
@Suite struct OtherLanguageAnswerTests {
    let english: KnowledgeBase
    let spanish: KnowledgeBase

    init() throws {
        english = try ContentFixture.knowledgeBase()
        spanish = try ContentFixture.spanishKnowledgeBase()
    }

    private func answer(_ query: String, on pages: KnowledgeBase, other: KnowledgeBase) -> OtherLanguageAnswer? {
        let request = SearchRequest(query: query)
        return pages.otherLanguageAnswer(to: request, results: pages.search(request), in: other)
    }

    /// Function words ("no", "me", "de", "mi") say Spanish.
    @Test func aSpanishSentenceOnTheEnglishPagesIsAnsweredInSpanish() throws {
        let answered = answer("no me acuerdo de mi contraseña", on: english, other: spanish)
        let found = try #require(answered)
        #expect(found.language == .es)
        let spanishTotal = spanish.search(SearchRequest(query: "no me acuerdo de mi contraseña")).total
        #expect(found.total == spanishTotal)
    }

    /// Without function words, the words themselves: these are written in the Spanish articles only.
    @Test func spanishWordsAloneAreReadByTheArticlesTheyAreWrittenIn() throws {
        let englishResults = english.search(SearchRequest(query: "contraseña olvidada"))
        #expect(englishResults.confident == false)
        for query in ["contraseña olvidada", "cita cancelar"] {
            let found = answer(query, on: english, other: spanish)
            #expect(found?.language == .es, "\(query)")
        }
    }

    @Test func anEnglishQuestionOnTheSpanishPagesIsAnsweredInEnglish() throws {
        let spanishResults = spanish.search(SearchRequest(query: "how do i sign out of the portal"))
        #expect(spanishResults.confident == false)
        let found = answer("how do i sign out of the portal", on: spanish, other: english)
        #expect(found?.language == .en)
    }

    /// Queries in the pages' own language stay, answered or not.
    @Test(arguments: ["forgot my password", "pin", "pin wont work", "registration link expired", "whats my copay", "zzzz qqqq"])
    func englishQueriesOnTheEnglishPagesStay(_ query: String) {
        let found = answer(query, on: english, other: spanish)
        #expect(found == nil)
    }

    @Test(arguments: ["olvidé mi contraseña", "no me llegó el correo de registro", "cita", "me duele la garganta"])
    func spanishQueriesOnTheSpanishPagesStay(_ query: String) {
        let found = answer(query, on: spanish, other: english)
        #expect(found == nil)
    }

    /// Written in Spanish but answered by no Spanish article: nothing to point to.
    @Test func aSpanishQueryNoSpanishArticleAnswersIsNotSentThere() {
        let spanishResults = spanish.search(SearchRequest(query: "me duele la garganta que puedo tomar"))
        #expect(spanishResults.confident == false)
        let found = answer("me duele la garganta que puedo tomar", on: english, other: spanish)
        #expect(found == nil)
    }

    /// English words the Spanish articles answer with confidence: the answer is here.
    @Test func aConfidentAnswerHereStays() {
        let spanishResults = spanish.search(SearchRequest(query: "forgot my password"))
        #expect(spanishResults.confident)
        let found = answer("forgot my password", on: spanish, other: english)
        #expect(found == nil)
    }

    @Test func theSameLanguageIsNeverTheOther() {
        let found = answer("forgot my password", on: english, other: english)
        #expect(found == nil)
    }
}
