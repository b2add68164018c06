import Foundation

/// A query of a relevance set and the article ids that count as right answers.
public struct EvaluationQuery: Hashable, Sendable {
    public var query: String
    public var expected: Set<ArticleID>

    public init(query: String, expected: Set<ArticleID>) {
        self.query = query
        self.expected = expected
    }

    /// `kb-queries-dev.tsv`: `query<TAB>id,id`, `#` comments.
    public static func loadTSV(_ url: URL) throws -> [EvaluationQuery] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2 else { return nil }
            let ids = columns[1].split(separator: ",").map { ArticleID($0.trimmingCharacters(in: .whitespaces)) }
            return EvaluationQuery(query: String(columns[0]), expected: Set(ids))
        }
    }

    /// `msdocs-pairs-dev.jsonl`: `{"query": "...", "expect": "id"}` per line.
    public static func loadPairs(_ url: URL) throws -> [EvaluationQuery] {
        struct Line: Decodable { var query: String; var expect: String }
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map { line in
            let decoded = try decoder.decode(Line.self, from: Data(line.utf8))
            return EvaluationQuery(query: decoded.query, expected: [ArticleID(decoded.expect)])
        }
    }
}
