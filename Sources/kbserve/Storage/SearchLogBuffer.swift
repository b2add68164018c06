import Foundation
import Synchronization

/// The write buffer the database search logs share: `record` only adds to bounded
/// in-memory counts (searches must stay fast); a flush takes them, and puts them back when
/// the write fails, so they are written once the database returns. Knows the day a flush
/// writes to and the oldest day kept.
final class SearchLogBuffer: Sendable {
    let retentionDays: Int
    private let counts = Mutex<SearchLogCounts>(SearchLogCounts())
    private let now: @Sendable () -> Date

    init(retentionDays: Int, now: @escaping @Sendable () -> Date) {
        self.retentionDays = retentionDays
        self.now = now
    }

    func record(_ entry: SearchLogEntry) {
        guard let addition = SearchLogCounts.Addition(entry) else { return }
        counts.withLock { $0.add(addition) }
    }

    /// Whether counts are waiting to be written.
    var hasPending: Bool { !counts.withLock { $0.isEmpty } }

    /// The waiting counts, leaving the buffer empty; nil when there are none.
    func take() -> SearchLogCounts? {
        let pending = counts.withLock { counts -> SearchLogCounts in
            defer { counts = SearchLogCounts() }
            return counts
        }
        return pending.isEmpty ? nil : pending
    }

    /// Counts taken for a write that failed.
    func putBack(_ pending: SearchLogCounts) {
        counts.withLock { $0.merge(pending) }
    }

    /// The day (`SearchLogDay`) a flush now writes to, and the oldest day kept.
    func days() -> (today: String, oldest: String) {
        let date = now()
        return (SearchLogDay.string(for: date), SearchLogDay.string(for: date.addingTimeInterval(-Double(retentionDays - 1) * 86_400)))
    }
}
