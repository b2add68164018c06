import Foundation
import Synchronization

/// The write buffer the database search logs share: `record` only adds to bounded
/// in-memory counts (searches must stay fast); a flush takes them, and puts them back when
/// the write fails, so they are written once the database returns. Knows the day a flush
/// writes to and the oldest day kept.
final class SearchLogBuffer: Sendable {
    let retentionDays: Int
    /// An empty buffer with this log's bounds.
    private let empty: SearchLogPending
    private let pending: Mutex<SearchLogPending>
    private let now: @Sendable () -> Date

    init(retentionDays: Int, maxEventsPerDay: Int = SearchLogPending.defaultMaxEventsPerDay, now: @escaping @Sendable () -> Date) {
        self.retentionDays = retentionDays
        var empty = SearchLogPending()
        empty.maxEventsPerDay = maxEventsPerDay
        self.empty = empty
        self.pending = Mutex(empty)
        self.now = now
    }

    func record(_ entry: SearchLogEntry) {
        guard let addition = SearchLogCounts.Addition(entry) else { return }
        pending.withLock { $0.counts.add(addition) }
    }

    func record(_ event: SearchEvent) {
        pending.withLock { $0.add(event) }
    }

    func record(_ click: SearchClick) {
        pending.withLock { $0.add(click) }
    }

    /// Whether counts are waiting to be written.
    var hasPending: Bool { !pending.withLock { $0.isEmpty } }

    /// The waiting counts, searches and clicks, leaving the buffer empty; nil when there are none.
    func take() -> SearchLogPending? {
        let taken = pending.withLock { pending -> SearchLogPending in
            defer { pending = empty }
            return pending
        }
        return taken.isEmpty ? nil : taken
    }

    /// What was taken for a write that failed.
    func putBack(_ taken: SearchLogPending) {
        pending.withLock { $0.merge(taken) }
    }

    /// Takes what waits and writes it with `write` (what was taken, the day it is written to,
    /// the oldest day kept); puts it back when the write fails, and rethrows.
    func flush(into write: (SearchLogPending, _ today: String, _ oldest: String) async throws -> Void) async throws {
        guard let pending = take() else { return }
        let (today, oldest) = days()
        do { try await write(pending, today, oldest) } catch {
            putBack(pending)
            throw error
        }
    }

    /// `flush(into:)` for a blocking write (at shutdown, whatever the task's cancellation).
    func flushNow(into write: (SearchLogPending, _ today: String, _ oldest: String) throws -> Void) throws {
        guard let pending = take() else { return }
        let (today, oldest) = days()
        do { try write(pending, today, oldest) } catch {
            putBack(pending)
            throw error
        }
    }

    /// The day (`SearchLogDay`) a flush now writes to, and the oldest day kept.
    func days() -> (today: String, oldest: String) {
        let date = now()
        return (SearchLogDay.string(for: date), SearchLogDay.string(for: date.addingTimeInterval(-Double(retentionDays - 1) * 86_400)))
    }
}

/// What a search log holds between writes: the daily counts, and searches and clicks, each
/// list bounded (beyond `capacity` new ones are dropped until the next write).
struct SearchLogPending: Sendable {
    /// Searches kept a day, and clicks: the rest of a day's are not stored (the daily counts
    /// still count them). With the retention period this bounds both tables.
    static let defaultMaxEventsPerDay = 20_000

    /// The bound the stores apply when they write these (`defaultMaxEventsPerDay` unless the
    /// store was made with another).
    var maxEventsPerDay = defaultMaxEventsPerDay

    var counts = SearchLogCounts()
    private(set) var events: [SearchEvent] = []
    private(set) var clicks: [SearchClick] = []
    /// Searches and clicks held between writes.
    var capacity = 10_000

    var isEmpty: Bool { counts.isEmpty && events.isEmpty && clicks.isEmpty }

    mutating func add(_ event: SearchEvent) {
        if events.count < capacity { events.append(event) }
    }

    mutating func add(_ click: SearchClick) {
        if clicks.count < capacity { clicks.append(click) }
    }

    mutating func merge(_ other: SearchLogPending) {
        counts.merge(other.counts)
        for event in other.events { add(event) }
        for click in other.clicks { add(click) }
    }
}

/// A search log whose `record` calls only add to its `SearchLogBuffer` (the SQLite and
/// PostgreSQL stores); the buffer is written later.
protocol BufferedSearchLogStore: SearchLogStore {
    var buffer: SearchLogBuffer { get }
}

extension BufferedSearchLogStore {
    func record(_ entry: SearchLogEntry) { buffer.record(entry) }
    func record(_ event: SearchEvent) { buffer.record(event) }
    func record(_ click: SearchClick) { buffer.record(click) }
    var retentionDays: Int { buffer.retentionDays }
}
