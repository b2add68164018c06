import Foundation
import KnowledgeBase

/// Timing, memory and number formatting for `SearchBenchmark`.
enum SearchMeasure {
    /// Whether a query set is reported untouched (a holdout half, a set written blind for
    /// later, or a set that holds one): its misses are never printed.
    /// `scripts/compare-relevance.py` holds back the same sets (its `UNTOUCHED`): change both together.
    static func isUntouched(_ setName: String) -> Bool {
        ["holdout", "future", "untouched", "both halves"].contains { setName.contains($0) }
    }

    /// Whether a set counts in the pooled untouched figure: a holdout half or a set written
    /// blind for later (not "both halves", which holds a tuned half).
    static func isPooledUntouched(_ setName: String) -> Bool {
        setName.contains("holdout") || setName.contains("future")
    }

    static func ms(_ duration: Duration) -> String {
        let components = duration.components
        return String(format: "%.1f", Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15)
    }

    static func percentile(_ durations: [Duration], _ fraction: Double) -> String {
        guard !durations.isEmpty else { return "-" }
        let sorted = durations.sorted()
        let value = sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))].components
        return String(format: "%.3f", Double(value.seconds) * 1000 + Double(value.attoseconds) / 1e15)
    }

    static func f(_ value: Double) -> String { String(format: "%.3f", value) }

    /// CPU time of the calling thread (not counting time other processes had the core).
    static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// Resident set size from /proc/self/statm (0 where unavailable).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
