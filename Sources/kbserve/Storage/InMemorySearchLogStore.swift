import Foundation

/// Search log counts kept in memory, for tests.
final class InMemorySearchLogStore: SearchLogStore {
    private let counts = Locked<SearchLogCounts>(SearchLogCounts())

    func record(_ entry: SearchLogEntry) {
        guard let addition = SearchLogCounts.Addition(entry) else { return }
        counts.withLock { $0.add(addition) }
    }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) async throws -> [TextCount] {
        counts.withLock { $0.top(kind: kind, onlyWithoutResults: onlyWithoutResults, limit: limit) }
    }
}

/// Aggregated counts per (kind, text): the in-memory store's state and the SQLite
/// store's write buffer.
struct SearchLogCounts: Sendable {
    struct Key: Hashable, Sendable {
        var kind: SearchLogEntry.Kind
        var text: String
    }

    struct Count: Sendable, Hashable {
        var total = 0
        var withoutResults = 0
    }

    private(set) var counts: [Key: Count] = [:]

    var isEmpty: Bool { counts.isEmpty }

    /// What an entry adds: its key (trimmed, lowercased, at most 200 characters; nil when
    /// blank) and whether it had no results. Made before taking a store's lock.
    struct Addition: Sendable {
        var key: Key
        var withoutResults: Bool

        init?(_ entry: SearchLogEntry) {
            let text = entry.text.trimmingWhitespace
            guard !text.isEmpty else { return nil }
            key = Key(kind: entry.kind, text: String(text.lowercased().prefix(200)))
            withoutResults = entry.resultCount == 0
        }
    }

    mutating func add(_ addition: Addition) {
        counts[addition.key, default: Count()].total += 1
        if addition.withoutResults { counts[addition.key]?.withoutResults += 1 }
    }

    func top(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) -> [TextCount] {
        counts.compactMap { key, count -> TextCount? in
            guard key.kind == kind else { return nil }
            let n = onlyWithoutResults ? count.withoutResults : count.total
            return n > 0 ? TextCount(text: key.text, count: n) : nil
        }
        .sorted { ($0.count, $1.text) > ($1.count, $0.text) }
        .prefix(limit).map { $0 }
    }
}
