import Synchronization
import Foundation
import KnowledgeBase

/// Search log counts kept in memory, for tests.
final class InMemorySearchLogStore: SearchLogStore {
    private let counts = Mutex<SearchLogCounts>(SearchLogCounts())
    private let events = Mutex<(searches: [SearchEvent], clicks: [SearchClick])>(([], []))

    func record(_ entry: SearchLogEntry) {
        guard let addition = SearchLogCounts.Addition(entry) else { return }
        counts.withLock { $0.add(addition) }
    }

    func record(_ event: SearchEvent) {
        events.withLock { $0.searches.append(event) }
    }

    func record(_ click: SearchClick) {
        events.withLock { $0.clicks.append(click) }
    }

    func summaries(from: String, to: String) async throws -> [SearchSummary] {
        let (searches, clicks) = events.withLock { $0 }
        return SearchSummary.summarize(events: searches, clicks: clicks, from: from, to: to)
    }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int, language: Language?) async throws -> [TextCount] {
        counts.withLock { $0.top(kind: kind, onlyWithoutResults: onlyWithoutResults, limit: limit, language: language) }
    }
}

/// Aggregated counts per (kind, language, text): the in-memory store's state and the
/// database stores' write buffer. Bounded: beyond `capacity` distinct texts, new texts are
/// counted in one "other" entry per kind (of no language), so no traffic can grow it without limit.
struct SearchLogCounts: Sendable {
    /// Distinct texts kept per kind and day (in the buffer and in SQLite); the rest are "other".
    static let maxTextsPerDay = 1_000
    /// The text of the entry that counts every text beyond the bound.
    static let otherText = "(other)"

    /// Distinct texts held between writes (about 2 MB at most).
    var capacity = 10_000

    struct Key: Hashable, Sendable {
        var kind: SearchLogEntry.Kind
        /// The language's code; empty for "other" (and for counts kept before languages were).
        var language: String
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
            key = Key(kind: entry.kind, language: entry.language.rawValue, text: String(text.lowercased().prefix(200)))
            withoutResults = entry.resultCount == 0
        }
    }

    mutating func add(_ addition: Addition) {
        add(addition.key, Count(total: 1, withoutResults: addition.withoutResults ? 1 : 0))
    }

    /// Adds `count` to `key`, or to its kind's "other" entry when the buffer is full.
    mutating func add(_ key: Key, _ count: Count) {
        var key = key
        if counts[key] == nil, counts.count >= capacity { key = Key(kind: key.kind, language: "", text: Self.otherText) }
        counts[key, default: Count()].total += count.total
        counts[key, default: Count()].withoutResults += count.withoutResults
    }

    /// Adds every count of `other` (put back after a failed write).
    mutating func merge(_ other: SearchLogCounts) {
        for (key, count) in other.counts { add(key, count) }
    }

    func top(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int, language: Language? = nil) -> [TextCount] {
        var byText: [String: Int] = [:]
        for (key, count) in counts where key.kind == kind && key.text != Self.otherText && (language == nil || key.language == language?.rawValue) {
            byText[key.text, default: 0] += onlyWithoutResults ? count.withoutResults : count.total
        }
        return byText.compactMap { $1 > 0 ? TextCount(text: $0, count: $1) : nil }
            .sorted { ($0.count, $1.text) > ($1.count, $0.text) }
            .prefix(limit).map { $0 }
    }
}
