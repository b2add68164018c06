import Foundation
import Testing
@testable import KnowledgeBase

@Suite struct SynonymTableTests {
    @Test func parsesEquivalencesOneWayRulesAndComments() throws {
        let table = try SynonymTable(parsing: """
        # a comment
        dob, date of birth, birthday   # trailing comment

        appt => appointment, visit\r
        """)
        #expect(table.rules == [
            .init(phrases: ["dob", "date of birth", "birthday"]),
            .init(phrases: ["appt"], targets: ["appointment", "visit"]),
        ])
    }

    @Test func malformedLinesAreReportedWithTheirLineNumber() {
        #expect(throws: SynonymFileError(line: 2, reason: "an equivalence needs at least two comma-separated terms")) {
            try SynonymTable(parsing: "a, b\nlonely\n")
        }
        #expect(throws: SynonymFileError.self) { try SynonymTable(parsing: "a => \n") }
        #expect(throws: SynonymFileError.self) { try SynonymTable(parsing: "a => b => c") }
    }

    @Test func aContentFileExtendsTheBuiltInList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("synonyms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(SynonymTable.fileName)
        #expect(try SynonymTable.load(from: url) == nil)
        try "kiosk, check-in station\n".write(to: url, atomically: true, encoding: .utf8)
        let loaded = try #require(try SynonymTable.load(from: url))
        #expect(loaded.problems.isEmpty)
        #expect(loaded.table.rules.count == SynonymTable.builtIn.rules.count + 1)
        #expect(loaded.table.rules.last == .init(phrases: ["kiosk", "check-in station"]))
    }

    @Test func aMalformedLineIsReportedAndTheRestKept() throws {
        let parsed = SynonymTable.parse("kiosk, check-in station\nlonely\na => b => c\nappt => appointment\n")
        #expect(parsed.problems.map(\.line) == [2, 3])
        #expect(parsed.table.rules == [.init(phrases: ["kiosk", "check-in station"]), .init(phrases: ["appt"], targets: ["appointment"])])
    }

    @Test func multiWordSynonymsMatchAsPhrases() {
        let filter = SynonymFilter(table: .builtIn)
        let analyzer = Analyzer.standard
        let words = analyzer.analyzeWords("my date of birth is wrong")
        let matches = filter.matches(in: words)
        #expect(matches.count == 1)
        #expect(matches.first?.range == 0..<2)
        #expect(matches.first?.alternatives.map(\.words).contains(["dob"]) == true)
        let reverse = filter.matches(in: analyzer.analyzeWords("dob"))
        #expect(reverse.first?.alternatives.map(\.words).contains(["date", "birth"]) == true)
    }

    /// Each alternative a match offers is the filter's alternative of its number, once each:
    /// the index resolves its terms by that number.
    @Test func everyAlternativeIsFoundByItsNumber() {
        let filter = SynonymFilter(table: .builtIn)
        #expect(filter.alternatives.enumerated().allSatisfy { $0.offset == $0.element.number })
        #expect(Set(filter.alternatives.map(\.words)).count == filter.alternatives.count)
        for text in ["date of birth", "dob", "login", "ie", "appt", "cell phone", "smscode"] {
            let words = Analyzer.standard.analyzeWords(text)
            let offered = filter.matches(in: words).flatMap(\.alternatives) + (filter.joinedPhrase(text)?.alternatives ?? [])
            #expect(!offered.isEmpty, "\(text)")
            for alternative in offered { #expect(filter.alternatives[alternative.number] == alternative, "\(text)") }
        }
    }

    /// At each word, the longest phrase that starts there wins, whatever the order of the rules;
    /// the words it covers start no other match.
    @Test func theLongestPhraseAtAWordWins() throws {
        let table = try SynonymTable(parsing: "security => safety\nsecurity code, verification code\nsecurity code sent => alert message")
        let filter = SynonymFilter(table: table)
        let words = Analyzer.standard.analyzeWords("security code sent twice, security code, security")
        let matches = filter.matches(in: words)
        #expect(matches.map(\.range) == [0..<3, 4..<6, 6..<7], "\(matches)")
        #expect(matches[0].alternatives.map(\.words) == [["alert", "message"]])
        #expect(matches[1].alternatives.map(\.words).contains(["verification", "code"]))
        #expect(matches[2].alternatives.map(\.words) == [["safety"]])
    }

    /// A negated contraction stands for "not" ("doesn't", "cant"), so it starts the phrases that
    /// "not" starts.
    @Test func aNegatedContractionStartsThePhrasesOfNot() throws {
        let filter = SynonymFilter(table: try SynonymTable(parsing: "not working => broken"))
        for text in ["not working", "doesn't working", "cant working"] {
            let matches = filter.matches(in: Analyzer.standard.analyzeWords(text, keepsStopWords: true))
            #expect(matches.first?.alternatives.map(\.words) == [["broken"]], "\(text): \(matches)")
        }
        #expect(filter.wordKey(ofSurface: "doesn't") == filter.wordKey(ofSurface: "not"))
        #expect(filter.wordKey(ofSurface: "working") != nil)
        #expect(filter.wordKey(ofSurface: "sunflower") == nil)
    }

    @Test func theBuiltInListCoversThePortalsVocabulary() {
        let filter = SynonymFilter(table: .builtIn)
        func alternatives(_ text: String) -> [[String]] {
            filter.matches(in: Analyzer.standard.analyzeWords(text)).first?.alternatives.map(\.words) ?? []
        }
        // "sign in" with its particle (`PhrasalVerbTests`): not the "sign" of "sign up".
        #expect(alternatives("login").contains(["sign in"]) && alternatives("login").contains(["log in"]))
        #expect(!alternatives("login").contains(["sign"]))
        #expect(alternatives("ie").contains(["internet", "explorer"]))
        #expect(alternatives("appt").contains(["appointment"]))
        #expect(alternatives("cell").contains(["phone"]))
        #expect(alternatives("e-mail").contains(["email"]) || alternatives("email").contains(["mail"]))
    }

    @Test func staffAbbreviationsReadAsTheWordsArticlesUse() {
        // Agents write "pt lost pin", "pts portal acct": one-way, so "patient" does not find "pt".
        let filter = SynonymFilter(table: .builtIn)
        func alternatives(_ text: String) -> [[String]] {
            filter.matches(in: Analyzer.standard.analyzeWords(text)).first?.alternatives.map(\.words) ?? []
        }
        #expect(alternatives("pt").contains(["patient"]))
        #expect(alternatives("pts").contains(["patient"]))
        #expect(alternatives("acct").contains(["account"]))
        #expect(!alternatives("patient").contains(["pt"]))
    }
}
