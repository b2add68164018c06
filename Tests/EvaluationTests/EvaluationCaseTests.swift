import Diagnoser
import Evaluation
import Foundation
import KnowledgeBase
import Testing

@Suite struct EvaluationCaseTests {
    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evaluation-\(UUID().uuidString).jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func readsOneCasePerLineWithItsLineNumber() throws {
        let url = try write("""
            // a comment
            {"request": {"message": "Invalid PIN"}, "expect": {"error": "invalid-pin", "cause": "pin-typo", "article": "codes"}}

            {"request": {"values": {"pin": "123"}}, "expect": {"cause": "pin-old", "article": "codes"}}
            """)
        defer { try? FileManager.default.removeItem(at: url) }
        let cases = try EvaluationCase.load(from: url)
        #expect(cases.map(\.line) == [2, 4])
        #expect(cases.first?.request.message == "Invalid PIN")
        #expect(cases.last?.expect.error == nil)
        #expect(cases.last?.expect.cause == "pin-old")
    }

    @Test func aMalformedLineThrowsWithItsLine() throws {
        let url = try write("{\"request\": {}, \"expect\": {\"cause\": \"a\", \"article\": \"b\"}}\n{\"request\": {}}\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try EvaluationCase.load(from: url) } throws: { error in
            (error as? EvaluationFileError)?.line == 2
        }
    }

    @Test func judgesTheTopCauseItsArticleAndTheError() throws {
        let url = try write("{\"request\": {}, \"expect\": {\"error\": \"e\", \"cause\": \"c\", \"article\": \"a\"}}\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let evaluationCase = try #require(try EvaluationCase.load(from: url).first)
        let right = Diagnosis(error: MatchedError(id: "e", confidence: 1), causes: [Self.cause("c", article: "a")])
        #expect(evaluationCase.causeRight(right) && evaluationCase.articleRight(right) && evaluationCase.errorRight(right))
        let wrong = Diagnosis(causes: [Self.cause("other", article: "elsewhere"), Self.cause("c", article: "a")])
        #expect(!evaluationCase.causeRight(wrong) && !evaluationCase.articleRight(wrong) && !evaluationCase.errorRight(wrong))
    }

    static func cause(_ id: String, article: String) -> RankedCause {
        RankedCause(id: id, confidence: 0.9, article: ArticleReference(id: ArticleID(article), title: ""),
                    explanation: "", steps: [], reply: "", evidence: [])
    }
}
