import Foundation

/// A query of a relevance set and the article ids that count as right answers.
public struct EvaluationQuery: Hashable, Sendable {
    public var query: String
    public var expected: Set<ArticleID>
    /// The kind of query (`short`, `question`, `lay`, `typo`, …) from an optional third column.
    public var kind: String?

    public init(query: String, expected: Set<ArticleID>, kind: String? = nil) {
        self.query = query
        self.expected = expected
        self.kind = kind
    }

    /// `kb-queries-dev.tsv`: `query<TAB>id,id[<TAB>kind]`, `#` comments; further columns are ignored.
    public static func loadTSV(_ url: URL) throws -> [EvaluationQuery] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty else { return nil }
            let ids = columns[1].split(separator: ",").map { ArticleID($0.trimmingCharacters(in: .whitespaces)) }
            let kind = columns.count > 2 ? columns[2].trimmingCharacters(in: .whitespaces) : ""
            return EvaluationQuery(query: String(columns[0]), expected: Set(ids), kind: kind.isEmpty ? nil : kind)
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
