import Foundation
import HTTPTypes
import KnowledgeBase

/// The days a report covers, `from`...`to` (`yyyy-MM-dd`, UTC, both included): by default the
/// last 30 days. Dates given the wrong way round are swapped; a longer range than `maxDays` is
/// cut to the `maxDays` days that end at `to` (the report says which days it covers). Its
/// searches may be those of one language only (`lang`); votes and comments are per article,
/// whatever the language.
struct InsightsRange: Sendable, Hashable {
    let from: String
    let to: String
    /// Every day of the range, in order.
    let days: [String]
    /// The language of the searches counted; nil for every language.
    let language: Language?

    static let defaultDays = 30
    static let maxDays = 366

    /// Reads `from` and `to` (either may be missing: `to` defaults to today, `from` to 29 days
    /// before `to`) and `language` (missing or empty: every language); throws
    /// `InsightsRangeError` for a date that is not `yyyy-MM-dd` or does not exist, or a
    /// language the site does not have.
    init(from: String?, to: String?, language: String? = nil, today: Date = Date()) throws {
        self.language = try Self.language(language)
        var end = try to.map { try Self.date($0, name: "to") } ?? SearchLogDay.start(of: today)
        var start = try from.map { try Self.date($0, name: "from") } ?? end.addingTimeInterval(-Double(Self.defaultDays - 1) * 86_400)
        if start > end { swap(&start, &end) }
        let count = min(Int((end.timeIntervalSince(start) / 86_400).rounded()) + 1, Self.maxDays)
        start = end.addingTimeInterval(-Double(count - 1) * 86_400)
        days = (0..<count).map { SearchLogDay.string(for: start.addingTimeInterval(Double($0) * 86_400)) }
        self.from = days[0]
        self.to = days[count - 1]
    }

    /// The language a `lang` parameter names: nil when it is missing or empty (every
    /// language); throws `InsightsRangeError` for a language the site does not have.
    static func language(_ parameter: String?) throws -> Language? {
        guard let parameter, !parameter.isEmpty else { return nil }
        guard let known = Language(parameter: parameter) else {
            throw InsightsRangeError(message: "'lang' must be one of \(Language.parameterValues), or empty for every language.")
        }
        return known
    }

    /// The instants of the range: the start of `from` up to the start of the day after `to`.
    var interval: (start: Date, end: Date) {
        let start = (try? Self.date(from, name: "from")) ?? Date(timeIntervalSince1970: 0)
        return (start, start.addingTimeInterval(Double(days.count) * 86_400))
    }

    /// The query of a link to the same range: `from=…&to=…`, and `&lang=…` for one language.
    var query: String { "from=\(from)&to=\(to)" + (language.map { "&lang=\($0.rawValue)" } ?? "") }

    /// Whether a search summary is counted: of the range's language, when it has one.
    func counts(_ summary: SearchSummary) -> Bool { language == nil || summary.language == language }

    /// A `yyyy-MM-dd` date that exists (no 2026-02-30), at 00:00 UTC.
    private static func date(_ text: String, name: String) throws -> Date {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let invalid = InsightsRangeError(message: "'\(name)' must be a date written yyyy-MM-dd, such as 2026-12-01.")
        guard text.utf8.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 1
        else { throw invalid }
        guard let date = SearchLogDay.date(year: year, month: month, day: day) else { throw invalid }
        return date
    }
}

/// A `from` or `to` parameter that is not a usable date (400).
struct InsightsRangeError: Error, ClientFacingError {
    var message: String
    var status: HTTPResponse.Status { .badRequest }
}
