import Diagnoser
import Foundation

/// One line of an evaluation file (`diagnose-dev.jsonl`): a request and the expected error,
/// top cause and article. Shared by the tests and the benchmark.
public struct EvaluationCase: Sendable, Decodable, CustomStringConvertible {
    public struct Expectation: Sendable, Decodable, Hashable {
        public var error: String?
        public var cause: String
        public var article: String
    }

    public var request: DiagnosisRequest
    public var expect: Expectation
    /// 1-based line in the file.
    public var line: Int = 0

    enum CodingKeys: String, CodingKey { case request, expect }

    public var description: String { "line \(line): \(request.message ?? "(no message)") -> \(expect.cause)" }

    /// Reads one case per non-empty line; a malformed line throws with its line number.
    public static func load(from url: URL) throws -> [EvaluationCase] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [EvaluationCase] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { continue }
            do {
                var decoded = try JSONDecoder().decode(EvaluationCase.self, from: Data(trimmed.utf8))
                decoded.line = index + 1
                cases.append(decoded)
            } catch {
                throw EvaluationFileError(path: url.path, line: index + 1, reason: "\(error)")
            }
        }
        return cases
    }

    /// Whether `diagnosis` gets the expected top cause (and its article, and the error when one is expected).
    public func causeRight(_ diagnosis: Diagnosis) -> Bool { diagnosis.causes.first?.id == expect.cause }
    public func articleRight(_ diagnosis: Diagnosis) -> Bool { diagnosis.causes.first?.article.id.rawValue == expect.article }
    public func errorRight(_ diagnosis: Diagnosis) -> Bool { expect.error == nil || diagnosis.error?.id == expect.error }
}
