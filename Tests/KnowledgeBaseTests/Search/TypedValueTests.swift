import Testing
@testable import KnowledgeBase

/// A value the person typed into their question (a PIN, a code, a date of birth, a phone
/// number) that no article holds, or a number joined to another (a time, a date, a phone number)
/// that no article writes so joined, is no query word (`QueryParser.isValue`): the search
/// is the same as without it, so "my pin 48213 wont work" is answered, not "no article".
@Suite struct TypedValueTests {
    static let articles: [Article] = [
        SearchFixtures.article("invalid-pin", "Invalid PIN error", category: "registration",
                               text: "Your PIN is on the paper from the office. Type the PIN exactly. A PIN that will not work may have expired."),
        SearchFixtures.article("date-of-birth", "Date of birth is incorrect", category: "registration",
                               text: "Type your date of birth as MM/DD/YYYY. The office record may have another date."),
        SearchFixtures.article("page-not-found", "Error 404 when I open the link", category: "registration",
                               text: "A 404 page means the link expired. Ask the office for a new link, or write to help@portal.example."),
        SearchFixtures.article("reschedule", "Move an appointment", category: "appointments",
                               text: "Open the appointment and choose another time."),
    ]
    static let searcher = searcher(adding: [])

    /// A searcher of `articles` and `extra`, with `synonyms` (none by default).
    static func searcher(adding extra: [Article], synonyms: SynonymTable = SynonymTable(rules: [])) -> Searcher {
        Searcher(index: IndexBuilder(synonyms: synonyms).build(articles + extra))
    }

    static func search(_ query: String) -> SearchResults { searcher.search(SearchRequest(query: query)) }

    @Test(arguments: [
        ("my pin 48213 will not work", "my pin will not work"),
        ("date of birth 03/14/1985 is incorrect", "date of birth is incorrect"),
        ("pin 4821 expired", "pin expired"),
        ("my pin from jo.perez@example.org will not work", "my pin will not work"),
        ("the link https://safelinks.protection.outlook.com/?url=abcdef%2Fregister%3Ftoken%3DZkQa expired", "the link expired"),
        ("www.portal.example/register?token=zkqa 404 link", "404 link"),
        ("my pin from Maria Lopez will not work", "my pin will not work"),
        ("date of birth june 3rd 1985 is incorrect", "date of birth is incorrect"),
        ("pin from nov. 12 expired", "pin expired"),
    ])
    func aValueNoArticleHoldsChangesNothing(withValue: String, without: String) throws {
        let valued = Self.search(withValue), plain = Self.search(without)
        #expect(plain.confident && plain.total > 0, "the query without the value is answered")
        #expect(valued.confident == plain.confident, "\(withValue): answered as confidently as without the value")
        #expect(valued.total == plain.total, "\(withValue): it must not cover the value to match")
        #expect(valued.hits.map(\.id) == plain.hits.map(\.id))
        #expect(valued.hits.map(\.partial) == plain.hits.map(\.partial), "the same articles are only related")
    }

    @Test func aNumberTheArticlesHoldIsAWord() {
        // "404" is in an article: it is searched for, and finds that article first.
        let results = Self.search("404 link")
        #expect(results.hits.first?.id == "page-not-found")
        #expect(results.total == 1, "both words must match, 404 included")
    }

    @Test func aValueIsNotReadAsAnotherNumberNorMadeAnAnswerAlone() {
        // One edit from "404" is no reason to send a PIN to the 404 article.
        #expect(Self.search("pin 405").hits.first?.id == "invalid-pin")
        #expect(!Self.search("pin 405").hits.contains { $0.id == "page-not-found" && !$0.partial })
        // A value alone is nothing to search for.
        #expect(Self.search("48213").total == 0)
        #expect(!Self.search("48213").confident)
    }

    /// The value is no query word, but it is a word written: how the text reads (keywords, a
    /// question, a paste) does not change with it.
    @Test func theValueStillCountsInHowTheTextIsRead() {
        let parser = Self.searcher.parser
        let valued = parser.parse("pin 4821 expired")
        #expect(valued.clauses.map(\.text) == ["pin", "expired"])
        #expect(valued.style == .question)
        #expect(parser.parse("pin expired").style == .keywords)
        let paste = "The PIN you entered is not valid, I typed 4821 from my paper and it still says that"
        #expect(parser.parse(paste).style == parser.parse(paste.replacingOccurrences(of: "4821", with: "seven")).style)
    }

    @Test func theWordsOfAnEmailAddressAreValues() {
        let parser = Self.searcher.parser
        #expect(parser.parse("pin sent to office@paper.example").clauses.map(\.text) == ["pin", "sent"])
        // An address an article gives stays a word.
        #expect(parser.parse("pin help@portal.example").clauses.map(\.text) == ["pin", "help@portal.example"])
    }

    @Test func theWordsOfALinkAreValuesUnlessAnArticleHasThem() {
        #expect(QueryParser.linkRanges(in: "see https://a.example/x now") == [4..<23])
        #expect(QueryParser.linkRanges(in: "WWW.Portal.example and ftp://x") == [0..<18, 23..<30])
        #expect(QueryParser.linkRanges(in: "page not found. try again/later") == [])
        // "link" is a word of the collection: it stays, inside the link too; "zkqa" goes.
        let parser = Self.searcher.parser
        #expect(parser.parse("https://portal.example/link/zkqa expired").clauses.map(\.text) == ["link", "expired"])
    }

    @Test func aNameIsAValueWhereItIsWrittenAsOne() {
        let parser = Self.searcher.parser
        // Capitalized words side by side, in a text not capitalized throughout.
        #expect(parser.parse("the pin from Dr. Anita Okafor expired").clauses.map(\.text) == ["pin", "expired"])
        // A name the articles hold ("Office Paper") stays, as does a lone capitalized word ("Kaiser").
        #expect(parser.parse("my pin from Office Paper expired").clauses.map(\.text) == ["pin", "office", "paper", "expired"])
        #expect(parser.parse("pin expired for Kaiser").clauses.map(\.text).contains("kaiser"))
        // Title case is how the text is written, not a name: the misspelling is still read.
        #expect(parser.parse("Pin Expird Today").clauses.count == 3)
        #expect(parser.parse("PIN EXPIRD today").clauses.count == 3)
    }

    /// A number or a name that a synonym names is a word the help center knows, even when no
    /// article writes it: "ie11" still finds Internet Explorer.
    @Test func aWordASynonymNamesIsNoValue() throws {
        let explorer = SearchFixtures.article("explorer", "Internet Explorer cannot display the page", category: "browser-and-device",
                                              text: "Internet Explorer is too old for the portal. Use another browser.")
        let searcher = Self.searcher(adding: [explorer], synonyms: try SynonymTable(parsing: "ie11, Dr Who => internet explorer"))
        #expect(searcher.parser.parse("ie11 cannot display").clauses.map(\.text) == ["ie11", "cannot", "display"])
        #expect(searcher.search(SearchRequest(query: "ie11 cannot display")).hits.first?.id == "explorer")
        #expect(searcher.parser.parse("my pin from Dr Who expired").clauses.count == 3)
    }

    @Test func aMonthIsAValueInADateOnly() {
        let parser = Self.searcher.parser
        // Beside a number, or one stop word away from it.
        #expect(parser.parse("pin expired 14th of sept").clauses.map(\.text) == ["pin", "expired"])
        #expect(parser.parse("pin expired on june the 3rd").clauses.map(\.text) == ["pin", "expired"])
        // Away from a number, a month name is a word; and one an article holds stays a word in a date too.
        #expect(parser.parse("pin expired in june").clauses.map(\.text) == ["pin", "expired", "june"])
        let march = SearchFixtures.article("march", "Portal changes", category: "registration", text: "New PIN letters go out in March.")
        let searcher = Self.searcher(adding: [march])
        #expect(searcher.parser.parse("pin march 3 expired").clauses.map(\.text) == ["pin", "march", "expired"])
        #expect(QueryParser.monthStarts(Self.searcher.index.analyzeWords("dob Jan 5, 1990", keepsStopWords: true)) == [4])
    }

    /// A time, a date or a phone number is the person's value even when the articles write its
    /// numbers alone ("10 minutes", "15 minutes"): it neither has to match nor stands between the
    /// words of a synonym's phrase ("move my 10:15 appointment" is "move my appointment").
    @Test func aNumberJoinedToAnotherIsAValueThoughTheArticlesWriteItsParts() throws {
        let minutes = SearchFixtures.article("wait", "Waiting for a text", category: "registration",
                                             text: "A text can take 10 minutes, and sometimes 15 minutes, to come.")
        let searcher = Self.searcher(adding: [minutes], synonyms: try SynonymTable(parsing: "move my appointment => reschedule"))
        #expect(searcher.parser.parse("text 10 minutes").clauses.map(\.text) == ["text", "10", "minutes"])
        #expect(searcher.parser.parse("text at 10:15 never came").clauses.map(\.text) == ["text", "never", "came"])
        #expect(searcher.parser.parse("move my 10:15 appointment").clauses.map(\.text) == searcher.parser.parse("move my appointment").clauses.map(\.text))
        // Searched as a time of numbers no article writes is.
        let valued = searcher.search(SearchRequest(query: "move my 10:15 appointment"))
        let unknown = searcher.search(SearchRequest(query: "move my 7:43 appointment"))
        #expect(valued.hits.first?.id == "reschedule")
        #expect(valued.hits.map(\.id) == unknown.hits.map(\.id))
        #expect(valued.hits.map(\.score) == unknown.hits.map(\.score))
    }

    /// A run the articles write joined the same way ("12:25:00" in a quoted log) is their number, not
    /// the person's: it stays words and finds the article that quotes it.
    @Test func aJoinedNumberTheArticlesWriteSoIsAWord() {
        let log = SearchFixtures.article("sync-log", "Folder sync log", category: "registration",
                                         text: "The log shows 12:25:00 Synchronizing Hierarchy, then 12 folders.")
        let searcher = Self.searcher(adding: [log])
        #expect(searcher.parser.parse("12:25:00 synchronizing").clauses.map(\.text) == ["12", "25", "00", "synchronizing"])
        // The same numbers joined otherwise are a value.
        #expect(searcher.parser.parse("25:12 synchronizing").clauses.map(\.text) == ["synchronizing"])
    }

    @Test func joinedNumbersAreTimesDatesAndPhoneNumbers() {
        func runs(_ text: String) -> [String] {
            QueryParser.joinedNumberRanges(in: text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        }
        #expect(runs("moved my 10:15am visit to 3/14/2025") == ["10:15", "3/14/2025"])
        #expect(runs("call 415-555-2290 or 2026-12-02") == ["415-555-2290", "2026-12-02"])
        // A number alone, joined to letters, or inside a word is none.
        #expect(runs("6-digit pin, ie11, windows 10, a2:b3, 404 - page") == [])
        #expect(runs("ends with 12:") == [])
    }

    @Test func anUnknownWordWithoutDigitsStillHasToMatch() {
        // "copay" is a word, not a value: no article covers it, and the search says so.
        let results = Self.search("pin copay")
        #expect(results.total == 0)
        #expect(!results.confident)
    }
}
