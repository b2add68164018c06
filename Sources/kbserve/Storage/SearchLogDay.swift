import Foundation

/// The UTC day (`yyyy-MM-dd`) a search or click is counted under.
enum SearchLogDay {
    /// Computed from the days since 1970 (the Gregorian calendar's arithmetic, without
    /// Foundation's `Calendar` and `String(format:)`, which cost more than a cached search).
    static func string(for date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = civil(days: days)
        guard (1_000...9_999).contains(year) else { return foundationString(days: days) }
        var text = String(year)
        text.append(month < 10 ? "-0" : "-")
        text.append(String(month))
        text.append(day < 10 ? "-0" : "-")
        text.append(String(day))
        return text
    }

    /// Year, month and day of the day `days` after 1970-01-01 (proleptic Gregorian; Howard
    /// Hinnant's `civil_from_days`).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Years outside 1000-9999 (never a search's), as Foundation's calendar gives them.
    private static func foundationString(days: Int) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC")!, from: Date(timeIntervalSince1970: Double(days) * 86_400))
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }
}
