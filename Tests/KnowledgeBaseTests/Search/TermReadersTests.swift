import Testing
@testable import KnowledgeBase

/// A word that only the guides for office staff write is not a word of the help center a
/// patient searches (`TermReaders`): for a patient it is read as a word no article writes, so
/// it gets the corrections and related forms that reach the patient's articles, and nothing a
/// patient cannot open is offered as a correction. Staff, who see every article, read it as
/// written.
@Suite struct TermReadersTests {
    static let articles: [Article] = [
        SearchFixtures.article("security-code", "Security code not accepted", category: "registration",
                               text: "Enter the verification code from the text message. It has five digits."),
        SearchFixtures.article("new-invitation", "Ask for a new invitation", category: "registration",
                               text: "The office can send you a new invitation email."),
        Article(id: "staff-reinvite", title: "Reinvite a patient", category: "staff", audience: .staff,
                sections: [SearchFixtures.section("", "", "Verify the phone number, re-enter it, then reinvite the patient from the chart. The test code is 48213.", level: 0)]),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))

    static func term(_ text: String) throws -> Int32 {
        let term = try #require(searcher.analyzeWords(text).flatMap(\.terms).first)
        return try #require(searcher.index.termID[term])
    }

    @Test func aTermIsFoundByTheReadersWhoSeeAnArticleHoldingIt() throws {
        let readers = Self.searcher.index.termReaders
        let patient = readers.terms(foundBy: .patient), staff = readers.terms(foundBy: .staff)
        let staffOnly = try Self.term("verify"), shared = try Self.term("invitation")
        #expect(!patient.contains(staffOnly))
        #expect(staff.contains(staffOnly))
        #expect(patient.contains(shared) && staff.contains(shared))
        #expect(readers.terms(foundBy: nil).contains(staffOnly), "no reader: every article")
    }

    /// "verify" is written only in the staff guide; for a patient it reaches "verification",
    /// as a word no article writes does. It found nothing when the staff guide's word counted.
    @Test func aStaffGuidesWordIsReadAsUnwrittenForAPatient() throws {
        let patient = Self.searcher.search(SearchRequest(query: "verify", audience: .patient))
        #expect(patient.hits.map(\.id.rawValue) == ["security-code"])
        let clauses = Self.searcher.parser(for: .patient).parse("verify").clauses
        let kinds = clauses.flatMap(\.alternatives).map(\.kind)
        #expect(!kinds.contains(.exact))
        #expect(kinds.contains(.relatedForm))
        let staff = Self.searcher.search(SearchRequest(query: "verify", audience: .staff))
        #expect(staff.hits.first?.id.rawValue == "staff-reinvite")
        #expect(Self.searcher.parser(for: .staff).parse("verify").clauses.flatMap(\.alternatives).first?.kind == .exact)
    }

    /// A misspelling is corrected, and "did you mean" offers a word, only from the articles the
    /// reader sees: "reinvte" is never "reinvite" for a patient.
    @Test func correctionsComeFromTheArticlesTheReaderSees() throws {
        let reinvite = try Self.term("reinvite")
        let patientTerms = Self.searcher.parser(for: .patient).parse("reinvte").clauses.flatMap(\.alternatives).flatMap(\.terms)
        #expect(!patientTerms.contains(reinvite))
        let staffTerms = Self.searcher.parser(for: .staff).parse("reinvte").clauses.flatMap(\.alternatives).flatMap(\.terms)
        #expect(staffTerms.contains(reinvite))
        let patient = Self.searcher.search(SearchRequest(query: "reinvte", audience: .patient))
        #expect(patient.suggestion?.contains("reinvite") != true)
        #expect(Self.searcher.search(SearchRequest(query: "reinvte", audience: .staff)).suggestion == "reinvite")
    }

    /// A hyphenated word that only a staff guide writes whole ("re-enter") is, for a patient, a
    /// word no article writes as one, so it is read as its parts, as if typed apart: "enter".
    @Test func aCompoundOnlyAStaffGuideWritesWholeIsReadApartForAPatient() {
        #expect(Self.searcher.search(SearchRequest(query: "re-enter", audience: .patient)).hits.map(\.id.rawValue) == ["security-code"])
        #expect(Self.searcher.search(SearchRequest(query: "re-enter", audience: .staff)).hits.first?.id.rawValue == "staff-reinvite")
    }

    /// A number only a staff guide writes is, for a patient, a value they typed (a PIN), as a
    /// number no article writes is: it need not match. Staff read it as the guide's word.
    @Test func aNumberOnlyAStaffGuideWritesIsAPatientsValue() {
        #expect(Self.searcher.parser(for: .patient).parse("code 48213 not accepted").clauses.map(\.text) == ["code", "not", "accepted"])
        #expect(Self.searcher.parser(for: .staff).parse("code 48213 not accepted").clauses.map(\.text).contains("48213"))
    }
}
