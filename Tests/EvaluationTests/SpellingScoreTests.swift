import Evaluation
import Foundation
import Testing

@Suite struct SpellingScoreTests {
    @Test func countsRightWrongMissingAndUnwantedSuggestions() {
        var score = SpellingScore()
        score.add(SpellingCase(query: "forgot pasword", expected: "forgot password", kind: "typo"), suggestion: "Forgot Password")
        score.add(SpellingCase(query: "pay my bil", expected: "pay my bill", kind: "mixed"), suggestion: "pay my big")
        score.add(SpellingCase(query: "add to calander", expected: "add to calendar", kind: "typo"), suggestion: nil)
        score.add(SpellingCase(query: "pay my bill", expected: nil, kind: "unknown"), suggestion: "day my bill")
        score.add(SpellingCase(query: "live chat", expected: nil, kind: "unknown"), suggestion: nil)
        #expect((score.wanted, score.right, score.wrong, score.missed) == (3, 1, 1, 1))
        #expect((score.unwanted, score.offeredUnwanted) == (2, 1))
    }

    @Test func aSuggestionIsRightCaseAndAccentsAside() {
        let spellingCase = SpellingCase(query: "olvide mi contrasenia", expected: "olvide mi contrasena", kind: "typo")
        #expect(spellingCase.isMet(by: "olvide mi Contraseña"))
        #expect(!spellingCase.isMet(by: "olvide mi cuenta"))
        #expect(!spellingCase.isMet(by: nil))
        #expect(SpellingCase(query: "live chat", expected: nil, kind: "unknown").isMet(by: nil))
        #expect(!SpellingCase(query: "live chat", expected: nil, kind: "unknown").isMet(by: "live chart"))
    }

    @Test func readsTheSetsAndNamesABadLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "# a comment\r\nforgot pasword\tforgot password\ttypo\r\npay my bill\t-\tunknown\r\n".write(to: url, atomically: true, encoding: .utf8)
        let cases = try SpellingCase.loadTSV(url)
        #expect(cases == [SpellingCase(query: "forgot pasword", expected: "forgot password", kind: "typo"),
                          SpellingCase(query: "pay my bill", expected: nil, kind: "unknown")])
        try "forgot pasword\tforgot password\ttypo\nno suggestion column\n".write(to: url, atomically: true, encoding: .utf8)
        #expect { try SpellingCase.loadTSV(url) } throws: { error in
            (error as? EvaluationFileError)?.line == 2 && "\(error)".contains(url.path)
        }
    }
}
