import Foundation

/// Date of birth facts: the shape it was typed in (`mm/dd/yyyy`, `dd/mm/yyyy` when the first
/// number is over 12, `yyyy-mm-dd`, `yyyymmdd`, `two-digit-year`, `written-month`, `dashes`, `other`),
/// whether the first number is over 12, whether it is a plausible birth date, and whether it is
/// well formed (MM/DD/YYYY and plausible), whether it was typed day first (`dd/mm/yyyy`; the message
/// reader also says so when the text tells the same date in words day first), and whether its first two
/// numbers could each be the month (`dayMonthAmbiguous`: 05/06/1980 is May 6 or 5 June; a fact, not a guess).
struct DateOfBirthReader: ValueReader {
    static let key = "dateOfBirth"
    static let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
    /// Month beginnings found anywhere in the letters ("3march1990"); whole month names of every
    /// language (`MessageWords.everyMonth`: "marzo", "dic.") are read word by word.
    static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    struct Reading: Equatable {
        var shape: String
        var firstNumberOver12: Bool
        var plausible: Bool
        /// Both of the first two numbers could be the month, and they differ (05/06/1980).
        var dayMonthAmbiguous = false
    }

    func read(_ value: String, into facts: inout Facts) {
        let trimmed = value.trimmedForReading
        facts.set("dateOfBirth.present", !trimmed.isEmpty)
        let reading = Self.reading(of: trimmed)
        facts.set("dateOfBirth.shape", word: reading.shape)
        facts.set("dateOfBirth.firstNumberOver12", reading.firstNumberOver12)
        facts.set("dateOfBirth.plausible", reading.plausible)
        facts.set("dateOfBirth.wellFormed", reading.shape == "mm/dd/yyyy" && reading.plausible)
        facts.set("dateOfBirth.dayFirst", reading.shape == "dd/mm/yyyy")
        facts.set("dateOfBirth.dayMonthAmbiguous", reading.dayMonthAmbiguous)
    }

    static func reading(of text: Substring) -> Reading {
        let other = Reading(shape: "other", firstNumberOver12: false, plausible: false)
        guard !text.isEmpty, text.utf8.count <= 64 else { return other }
        var groups: [String] = []   // digit runs
        var separators: [Character] = []
        var letters = ""
        var letterWords: [String] = []
        var word = ""
        var current = ""
        for character in text {
            if character.isASCII, character.isNumber {
                if !word.isEmpty { letterWords.append(word); word = "" }
                current.append(character)
                continue
            }
            if !current.isEmpty { groups.append(current); current = "" }
            if character.isLetter {
                let lower = character.lowercased()
                letters.append(contentsOf: lower)
                word.append(contentsOf: lower.folding(options: .diacriticInsensitive, locale: nil))
                continue
            }
            if !word.isEmpty { letterWords.append(word); word = "" }
            if !character.isWhitespace || !letters.isEmpty {
                if !groups.isEmpty { separators.append(character) }
            }
        }
        if !current.isEmpty { groups.append(current) }
        if !word.isEmpty { letterWords.append(word) }
        let numbers = groups.map { Int($0.prefix(9)) ?? 0 }

        if !letters.isEmpty {
            guard monthNames.contains(where: letters.contains) || letterWords.contains(where: { MessageWords.everyMonth[$0] != nil })
            else { return other }
            let year = numbers.first { $0 >= 1900 && $0 <= currentYear }
            let day = numbers.first { $0 >= 1 && $0 <= 31 }
            return Reading(shape: "written-month", firstNumberOver12: false, plausible: year != nil && day != nil)
        }
        if groups.count == 1 {
            let digits = groups[0]
            let chars = Array(digits)
            if chars.count == 8 {
                let y = Int(String(chars[0..<4])) ?? 0, m = Int(String(chars[4..<6])) ?? 0, d = Int(String(chars[6..<8])) ?? 0
                if isDate(year: y, month: m, day: d) { return Reading(shape: "yyyymmdd", firstNumberOver12: false, plausible: true) }
                let mm = Int(String(chars[0..<2])) ?? 0, dd = Int(String(chars[2..<4])) ?? 0, yy = Int(String(chars[4..<8])) ?? 0
                return Reading(shape: "other", firstNumberOver12: mm > 12, plausible: isDate(year: yy, month: mm, day: dd) || isDate(year: yy, month: dd, day: mm))
            }
            if chars.count == 6 {
                let a = Int(String(chars[0..<2])) ?? 0, b = Int(String(chars[2..<4])) ?? 0
                return Reading(shape: "two-digit-year", firstNumberOver12: a > 12, plausible: isMonthDay(a, b) || isMonthDay(b, a))
            }
            return other
        }
        guard groups.count == 3 else { return other }
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        let (la, lc) = (groups[0].count, groups[2].count)
        let separatorSet = Set(separators)
        if la == 4 {
            return Reading(shape: "yyyy-mm-dd", firstNumberOver12: false, plausible: isDate(year: a, month: b, day: c))
        }
        guard la <= 2, groups[1].count <= 2 else { return other }
        let over12 = a > 12
        if lc == 2 {
            return Reading(shape: "two-digit-year", firstNumberOver12: over12, plausible: isMonthDay(a, b) || isMonthDay(b, a))
        }
        guard lc == 4 else { return Reading(shape: "other", firstNumberOver12: over12, plausible: false) }
        let asMonthFirst = isDate(year: c, month: a, day: b)
        let asDayFirst = isDate(year: c, month: b, day: a)
        if separatorSet == ["/"] {
            return over12
                ? Reading(shape: "dd/mm/yyyy", firstNumberOver12: true, plausible: asDayFirst)
                : Reading(shape: "mm/dd/yyyy", firstNumberOver12: false, plausible: asMonthFirst,
                          dayMonthAmbiguous: asDayFirst && asMonthFirst && a != b)
        }
        if separatorSet == ["-"] {
            return Reading(shape: "dashes", firstNumberOver12: over12, plausible: asMonthFirst || asDayFirst)
        }
        if over12 { return Reading(shape: "dd/mm/yyyy", firstNumberOver12: true, plausible: asDayFirst) }
        return Reading(shape: "other", firstNumberOver12: false, plausible: asMonthFirst || asDayFirst)
    }

    static func isMonthDay(_ month: Int, _ day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month: month, leap: true)
    }

    static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard year >= 1900, year <= currentYear, month >= 1, month <= 12 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day >= 1 && day <= daysIn(month: month, leap: leap)
    }

    static func daysIn(month: Int, leap: Bool) -> Int {
        switch month {
        case 2: return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
