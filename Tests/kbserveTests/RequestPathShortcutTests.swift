import Foundation
import NIOCore
import Testing
import TestSupport

@testable import kbserve

/// The request path's shortcuts give exactly what the general code gives: the redactor's
/// plain-text shortcut, the search log's day, a search id's encoding.
@Suite struct RequestPathShortcutTests {
    /// Every query of the test sets and the dev set (real wording).
    static func realQueries() throws -> [String] {
        let queries = RepoPaths.fixtures(of: "KnowledgeBaseTests").appendingPathComponent("Queries")
        let files = try FileManager.default.contentsOfDirectory(at: queries, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "tsv" } + [RepoPaths.eval("kb-queries-dev.tsv")]
        return try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        }
    }

    /// Texts made of the words the rules look for (password, value, digit, month, title,
    /// sign-off, opener and e-mail words) mixed with ordinary ones, in every form the
    /// shortcut accepts (`'` and `-` inside and around words) and some it refuses.
    static func generatedTexts(count: Int) -> [String] {
        let triggers = Redactor.passwordWords.union(Redactor.valueWords).union(Redactor.digitWords).union(Redactor.titles)
            .union(Redactor.signOffs).union(Redactor.connectors)
            .union(["name", "name's", "my", "is", "at", "dot", "com", "gmail", "from", "you", "march", "may", "the", "of", "th", "st"])
        let ordinary = ["reset", "portal", "sign", "in", "not", "working", "help", "jane", "doe", "smith", "invitation", "link",
                        "expired", "hunter", "xyz", "abc", "sign-up", "don't", "it's", "jane-doe", "o'brien", "-", "'", "--", "pin's",
                        "-pin-", "'code'", "e-mail", "one-two", "a", "i", "x"]
        let vocabulary = triggers.sorted() + ordinary
        var generator = SeededGenerator(state: 20_261_202)
        return (0..<count).map { _ in
            let words = (0..<Int.random(in: 1...7, using: &generator)).map { _ in
                var word = vocabulary.randomElement(using: &generator)!
                switch Int.random(in: 0..<12, using: &generator) {
                case 0: word = word.capitalized
                case 1: word += "'"
                case 2: word = "-" + word
                case 3: word += Bool.random(using: &generator) ? "?" : "7"
                default: break
                }
                return word
            }
            return words.joined(separator: Int.random(in: 0..<20, using: &generator) == 0 ? "  " : " ")
        }
    }

    @Test func plainTextShortcutGivesWhatTheRulesGive() throws {
        let redactor = Redactor()
        let texts = try Self.realQueries() + Self.generatedTexts(count: 4_000)
        var plain = 0
        var plainWithValueWords = 0
        for text in texts {
            let byRules = redactor.redactByRules(text)
            #expect(redactor.redact(text) == byRules, "\(text)")
            if Redactor.isPlain(text) {
                plain += 1
                #expect(byRules == text, "\(text) is plain but the rules give \(byRules)")
                if text.split(separator: " ").contains(where: { Redactor.valueWords.contains(String($0)) }) { plainWithValueWords += 1 }
            }
        }
        // The comparison means something only when both paths are taken often.
        #expect(plain > 1_000)
        #expect(texts.count - plain > 1_000)
        #expect(plainWithValueWords > 100)
    }

    @Test(arguments: [
        ("pin jane-doe", "[removed]"), ("my name is jane", "my name is [name]"), ("password hunter", "password [secret]"),
        ("pin four two one", "pin [number]"), ("jane at gmail dot com", "[email]"), ("reset  pin", "reset pin"), (" reset pin", "reset pin"),
    ])
    func textsTheShortcutLeavesToTheRules(text: String, redacted: String) {
        #expect(!Redactor.isPlain(text))
        #expect(Redactor().redact(text) == redacted)
    }

    @Test(arguments: ["reset my pin", "pin reset", "how do i sign-up", "can't log in", "email not received", "may i change my login"])
    func plainTextsAreKept(text: String) {
        #expect(Redactor.isPlain(text))
        #expect(Redactor().redactByRules(text) == text)
    }

    @Test func dayStringMatchesTheGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var generator = SeededGenerator(state: 14)
        // Every day from 1950 to 2100, at a random time of the day and at its edges.
        let start = -631_152_000.0  // 1950-01-01
        for day in 0..<(150 * 366) {
            let midnight = start + Double(day) * 86_400
            for time in [midnight, midnight + Double.random(in: 0..<86_400, using: &generator), midnight + 86_399.999] {
                let date = Date(timeIntervalSince1970: time)
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
                if SearchLogDay.string(for: date) != expected {
                    Issue.record("\(time): \(SearchLogDay.string(for: date)) != \(expected)")
                    return
                }
            }
        }
    }

    /// Reading and writing days agree for every day of years 1 to 9999, before the Gregorian
    /// reform too (Foundation's calendar is Julian there: `from=1176-01-21` once got a 400).
    @Test func everyDayReadsBackAsWritten() {
        let first = SearchLogDay.days(year: 1, month: 1, day: 1), last = SearchLogDay.days(year: 9_999, month: 12, day: 31)
        #expect(last - first + 1 == 9_999 * 365 + 9_999 / 4 - 9_999 / 100 + 9_999 / 400)
        for days in first...last {
            let text = SearchLogDay.string(for: Date(timeIntervalSince1970: Double(days) * 86_400))
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, let date = SearchLogDay.date(year: parts[0], month: parts[1], day: parts[2]),
                  date.timeIntervalSince1970 == Double(days) * 86_400 else {
                Issue.record("day \(days) written \(text) does not read back")
                return
            }
        }
        #expect(SearchLogDay.string(for: Date(timeIntervalSince1970: Double(SearchLogDay.days(year: 1176, month: 1, day: 21)) * 86_400)) == "1176-01-21")
        #expect(SearchLogDay.date(year: 1900, month: 2, day: 29) == nil)
        #expect(SearchLogDay.date(year: 2000, month: 2, day: 29) != nil && SearchLogDay.date(year: 1600, month: 2, day: 29) != nil)
        #expect(SearchLogDay.date(year: 2026, month: 4, day: 31) == nil && SearchLogDay.date(year: 0, month: 1, day: 1) == nil)
    }

    @Test func searchIDEncodingMatchesFoundationsBase64URL() {
        var generator = SeededGenerator(state: 22)
        for _ in 0..<2_000 {
            let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let foundation = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            let id = SearchID(bytes: bytes)
            #expect(id.rawValue == foundation)
            #expect(SearchID(validating: id.rawValue) == id)
        }
        let ids = Set((0..<1_000).map { _ in SearchID().rawValue })
        #expect(ids.count == 1_000)
        #expect(ids.allSatisfy { $0.utf8.count == SearchID.length && SearchID(validating: $0) != nil })
    }

    /// Valid escapes take the byte-by-byte shortcut; invalid ones and bytes that are not UTF-8
    /// go through Foundation: both give what Foundation gives.
    @Test func formDecodingMatchesFoundation() {
        let pieces = ["a", "+", "%", "2", "0", "4", "1", "G", "c", "3", "A", "9", "é", "F", "f", "B", " ", "%C3", "%A9", "%E2%80",
                      "%F0%9F%98%80", "%ZZ", "%00", "%7E", "%2B", "%25", "%C3%A9", "%20"]
        var generator = SeededGenerator(state: 7)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let spaced = text.replacingOccurrences(of: "+", with: " ")
            #expect(FormFields.decode(Substring(text)) == (spaced.removingPercentEncoding ?? spaced), "\(text)")
        }
    }

    /// The redactor's byte-by-byte readings of ASCII words (letter, digit and symbol counts,
    /// capitalised, lowercase letters) give what the character-by-character ones give, on
    /// every word of the real queries and on generated words of letters, digits and the
    /// punctuation the rules look at.
    @Test func asciiWordReadingsMatchTheCharacterReadings() throws {
        let alphabet = Array("aAzZmQ09-'./_#!?@[]:,")
        var generator = SeededGenerator(state: 20_261_203)
        let generated = (0..<20_000).map { _ in
            String((0..<Int.random(in: 1...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        let realWords = try Self.realQueries().flatMap { $0.split(separator: " ").map(String.init) }
        var capitalized = 0
        for word in realWords + generated + Redactor.placeholders + ["Jane", "O'Brien", "Mary-Jane", "JANE", "J", "'Jane'", "Jane2"] {
            #expect(Redactor.characterCounts(word) == Redactor.characterCountsByCharacter(word), "\(word)")
            #expect(Redactor.isCapitalized(word) == Redactor.isCapitalizedByCharacter(word), "\(word)")
            #expect(Redactor.lowercaseLetters(word) == Redactor.lowercaseLettersByCharacter(word), "\(word)")
            if Redactor.isCapitalized(word) { capitalized += 1 }
        }
        #expect(capitalized > 100)  // the capitalised case is exercised, not only the refusals
    }

    /// A result link carries `sid` and `pos` in its query string, before any fragment, whether
    /// or not the link already has a query string; characters beyond ASCII stay as they were.
    @Test(arguments: [
        ("/articles/reset-password", "/articles/reset-password?sid=ID&pos=3"),
        ("/articles/reset-password#steps", "/articles/reset-password?sid=ID&pos=3#steps"),
        ("/es/articles/pin?audience=staff#a-b", "/es/articles/pin?audience=staff&sid=ID&pos=3#a-b"),
        ("/articles/caf%C3%A9#sección", "/articles/caf%C3%A9?sid=ID&pos=3#sección"),
        ("/articles/a#frag?not-a-query", "/articles/a?sid=ID&pos=3#frag?not-a-query"),
        ("", "?sid=ID&pos=3"),
    ])
    func resultLinkCarriesTheSearch(link: String, expected: String) throws {
        let id = try #require(SearchID(validating: "AAAAAAAAAAAAAAAAAAAAAA"))
        #expect(Paths.result(link, searchID: id, position: 3) == expected.replacingOccurrences(of: "ID", with: id.rawValue))
        #expect(Paths.result(link, searchID: nil, position: 3) == link)
    }

    /// A body encoded with one id is filled with another in every place, and nowhere else.
    @Test func templateFillsEveryPlaceOfTheId() {
        let template = SearchID(), other = SearchID()
        let body = "{\"searchId\":\"\(template)\",\"url\":\"/a?sid=\(template)&pos=1\",\"x\":\"\(template)\(template)\"}"
        let filled = SearchIDTemplate(ByteBuffer(string: body), id: template).filled(with: other)
        #expect(String(buffer: filled) == body.replacingOccurrences(of: template.rawValue, with: other.rawValue))
        let none = SearchIDTemplate(ByteBuffer(string: "no id here"), id: template)
        #expect(none.offsets.isEmpty)
        #expect(String(buffer: none.filled(with: other)) == "no id here")
    }
}
