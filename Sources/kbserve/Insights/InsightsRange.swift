import Foundation
import HTTPTypes

/// The days a report covers, `from`...`to` (`yyyy-MM-dd`, UTC, both included): by default the
/// last 30 days; at most `maxDays`.
struct InsightsRange: Sendable, Hashable {
    let from: String
    let to: String
    /// Every day of the range, in order.
    let days: [String]

    static let defaultDays = 30
    static let maxDays = 366

    /// Reads `from` and `to` (either may be missing: `to` defaults to today, `from` to 29 days before `to`).
    init(from: String?, to: String?, today: Date = Date()) throws {
        let end = try to.map { try Self.date($0, name: "to") } ?? Self.startOfDay(today)
        let start = try from.map { try Self.date($0, name: "from") } ?? end.addingTimeInterval(-Double(Self.defaultDays - 1) * 86_400)
        guard start <= end else { throw InsightsRangeError(message: "'from' (\(SearchLogDay.string(for: start))) is after 'to' (\(SearchLogDay.string(for: end))).") }
        let count = Int((end.timeIntervalSince(start) / 86_400).rounded()) + 1
        guard count <= Self.maxDays else { throw InsightsRangeError(message: "A range covers at most \(Self.maxDays) days; this one covers \(count).") }
        days = (0..<count).map { SearchLogDay.string(for: start.addingTimeInterval(Double($0) * 86_400)) }
        self.from = days[0]
        self.to = days[count - 1]
    }

    /// The instants of the range: the start of `from` up to the start of the day after `to`.
    var interval: (start: Date, end: Date) {
        let start = (try? Self.date(from, name: "from")) ?? Date(timeIntervalSince1970: 0)
        return (start, start.addingTimeInterval(Double(days.count) * 86_400))
    }

    /// The query of a link to the same range: `from=…&to=…`.
    var query: String { "from=\(from)&to=\(to)" }

    private static func startOfDay(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }

    /// A `yyyy-MM-dd` date that exists (no 2026-02-30), at 00:00 UTC.
    private static func date(_ text: String, name: String) throws -> Date {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let invalid = InsightsRangeError(message: "'\(name)' must be a date written yyyy-MM-dd, such as 2026-12-01.")
        guard text.utf8.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 1970
        else { throw invalid }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            SearchLogDay.string(for: date) == text
        else { throw invalid }
        return date
    }
}

/// A `from` or `to` parameter that is not a usable date (400).
struct InsightsRangeError: Error, ClientFacingError {
    var message: String
    var status: HTTPResponse.Status { .badRequest }
}
