import Synchronization
import Foundation

/// `timeZones.differ`: the device's and the practice's time zones show different clock times now,
/// or at some time of year (one observes daylight saving time and the other doesn't, like
/// America/Denver and America/Phoenix in summer).
struct TimeZoneReader: Sendable {
    func read(device: String?, practice: String?, into facts: inout Facts) {
        facts.set("timeZones.differ", Self.differ(device, practice, now: Date()))
    }

    static func differ(_ first: String?, _ second: String?, now: Date) -> Bool {
        guard let a = first.flatMap(zone), let b = second.flatMap(zone) else { return false }
        if a.identifier == b.identifier { return false }
        return ([now] + probes(around: now)).contains { a.secondsFromGMT(for: $0) != b.secondsFromGMT(for: $0) }
    }

    /// Mid-January, April, July and October around `now` (every 3 months for a year from 6 months back),
    /// so that zones differing only in summer or only in winter are told apart.
    static func probes(around now: Date) -> [Date] {
        let month = 91.3 * 24 * 3600.0
        return (-2...2).map { now.addingTimeInterval(Double($0) * month) }
    }

    /// Zones by name; TimeZone(identifier:) reads the tz database, so known names are kept.
    static func zone(_ name: String) -> TimeZone? {
        let trimmed = String(name.trimmedForReading.prefix(64))
        guard !trimmed.isEmpty else { return nil }
        return cache.zone(trimmed)
    }

    private static let cache = ZoneCache()

    private final class ZoneCache: Sendable {
        private let zones = Mutex<[String: TimeZone?]>([:])

        func zone(_ name: String) -> TimeZone? {
            if let cached = zones.withLock({ $0[name] }) { return cached }
            let zone = TimeZone(identifier: name) ?? TimeZone(abbreviation: name.uppercased())
            zones.withLock { zones in
                // Unknown names are cached too, but the cache stays small whatever callers send.
                if zones.count < 1000 { zones[name] = zone }
            }
            return zone
        }
    }
}
