import Foundation
import KnowledgeBase

/// A query of a relevance set, the article ids that count as right answers (none: the help
/// center has no article for it, and the right answer is to say so), and its kind. A set may
/// name the section that answers too (`id#anchor`): then the first hit is right at the
/// section level only when it links there.
public struct EvaluationQuery: Hashable, Sendable {
    public var query: String
    public var expected: Set<ArticleID>
    /// The sections that answer the query, when the set names them.
    public var sections: Set<ArticleSection>
    /// One of `kinds`; empty when the file has no kind column.
    public var kind: String

    /// The kinds a set's third column may name: how the query was written (`short`, `question`,
    /// `lay`, `typo`, `pasted`, `chat`, `howto`, `error`: an English portal error quoted in
    /// Spanish text), who wrote it (`agent`: office staff), or `none` (no article answers it).
    public static let kinds: Set<String> = ["short", "question", "lay", "typo", "pasted", "chat", "howto", "error", "agent", "none"]

    /// Who searches: `agent` queries are typed by office staff in the troubleshooter's agent
    /// view, whose search includes the guides for staff; every other kind is a patient's.
    public var audience: Audience { kind == "agent" ? .staff : .patient }

    public init(query: String, expected: Set<ArticleID>, kind: String = "", sections: Set<ArticleSection> = []) {
        self.query = query
        self.expected = expected.union(sections.map(\.article))
        self.kind = kind
        self.sections = sections
    }

    /// Whether the help center has no article for this query.
    public var expectsNoAnswer: Bool { expected.isEmpty }

    /// `query<TAB>id,id[<TAB>kind]`, `#` comments; the id `-` means no article answers it, and
    /// `id#anchor` names the section that answers it.
    public static func loadTSV(_ url: URL) throws -> [EvaluationQuery] {
        try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty else { return nil }
            let entries = columns[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "-" && !$0.isEmpty }
            var ids: Set<ArticleID> = [], sections: Set<ArticleSection> = []
            for entry in entries {
                if let section = ArticleSection(entry) { sections.insert(section) } else { ids.insert(ArticleID(entry)) }
            }
            return EvaluationQuery(query: String(columns[0]), expected: ids,
                                   kind: columns.count > 2 ? columns[2].trimmingCharacters(in: .whitespaces) : "", sections: sections)
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
