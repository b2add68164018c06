import Foundation

/// The UTC day (`yyyy-MM-dd`) a search or click is counted under, and the days an insights
/// range names. Written and read with one calendar, the proleptic Gregorian (as ISO 8601 and
/// the `date` format of the OpenAPI description have it), by integer arithmetic: Foundation's
/// `Calendar` switches to the Julian calendar before October 1582, so a date read with it and
/// written with another would not round-trip, and it costs more than a cached search.
enum SearchLogDay {
    static func string(for date: Date) -> String {
        let (year, month, day) = civil(days: daysSince1970(date))
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// 00:00 UTC of the day of `date`.
    static func start(of date: Date) -> Date {
        Date(timeIntervalSince1970: Double(daysSince1970(date)) * 86_400)
    }

    private static func daysSince1970(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// 00:00 UTC of a date of years 1 to 9999; nil when the date does not exist (2026-02-30).
    static func date(year: Int, month: Int, day: Int) -> Date? {
        guard (1...9_999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let days = days(year: year, month: month, day: day)
        guard civil(days: days) == (year, month, day) else { return nil }
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }

    /// Year, month and day of the day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
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

    /// Days from 1970-01-01 to a year, month and day (Hinnant's `days_from_civil`); a day past
    /// the month's end runs on into the next month, which `date` rejects by the round trip.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `value` in decimal with leading zeros to `width` digits (a minus sign before them).
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
