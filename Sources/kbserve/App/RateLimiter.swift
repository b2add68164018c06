import Synchronization
import Foundation

/// Token buckets keyed by client: each holds up to `burst` tokens, refilled at
/// `perSecond`; a request takes one token or is refused with the wait until the next.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: TimeInterval
    }

    let limit: RateLimit
    private let clock: @Sendable () -> TimeInterval
    private let buckets = Mutex<[String: Bucket]>([:])

    init(limit: RateLimit, clock: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }) {
        self.limit = limit
        self.clock = clock
    }

    /// Takes a token for `key`: nil when allowed, else the seconds to wait.
    func take(_ key: String) -> Int? {
        let now = clock()
        return buckets.withLock { buckets in
            if buckets.count > 10_000 { prune(&buckets, now: now) }
            var bucket = buckets[key] ?? Bucket(tokens: Double(limit.burst), updated: now)
            bucket.tokens = min(Double(limit.burst), bucket.tokens + (now - bucket.updated) * limit.perSecond)
            bucket.updated = now
            defer { buckets[key] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - bucket.tokens) / max(limit.perSecond, 0.001)).rounded(.up)))
        }
    }

    /// The seconds `key` must wait before its next token; nil when it has one (nothing is taken).
    func wait(_ key: String) -> Int? {
        let now = clock()
        return buckets.withLock { buckets in
            guard let bucket = buckets[key] else { return nil }
            let tokens = min(Double(limit.burst), bucket.tokens + (now - bucket.updated) * limit.perSecond)
            return tokens >= 1 ? nil : max(1, Int(((1 - tokens) / max(limit.perSecond, 0.001)).rounded(.up)))
        }
    }

    /// Drops buckets that have refilled completely (they equal a fresh one).
    private func prune(_ buckets: inout [String: Bucket], now: TimeInterval) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + (now - bucket.updated) * limit.perSecond < Double(limit.burst)
        }
    }
}
