import Foundation
import GRDB
import KnowledgeBase

/// SQLite FTS5 over the same text, for side-by-side figures: porter tokenizer, bm25() with
/// the title weighted 2, query words quoted and OR-ed.
struct SearchFTS5Baseline {
    let queue: DatabaseQueue
    let ids: [ArticleID]

    init(articles: [Article]) throws {
        queue = try DatabaseQueue()
        ids = articles.map(\.id)
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter')")
            let statement = try db.makeStatement(sql: "INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)")
            for (offset, article) in articles.enumerated() {
                try statement.execute(arguments: [offset + 1, article.title, article.peerBody])
            }
        }
    }

    /// Up to `limit` ids, best first.
    func search(_ query: String, limit: Int = 10) throws -> [ArticleID] {
        let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
        guard !words.isEmpty else { return [] }
        let match = words.joined(separator: " OR ")
        return try queue.read { db in
            try Int.fetchAll(db, sql: "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 2.0, 1.0) LIMIT ?",
                             arguments: [match, limit]).map { ids[$0 - 1] }
        }
    }
}

extension Article {
    /// Everything but the title, as the peer engines (FTS5, tantivy, bm25s) index it: aliases,
    /// error messages, summary, and each section's heading and text.
    var peerBody: String {
        (aliases + errors.flatMap(\.allMessages) + [summary] + sections.flatMap { [$0.heading, $0.text] }).joined(separator: "\n")
    }
}
