/// The names of the months and their abbreviations, lowercase, with the month's number: how
/// people write the month of a date ("nov 12", "March 14th 1985", "3 de junio"). One list for
/// every reader of dates: the query parser reads a month beside a number as part of a typed
/// date (`QueryParser.monthStarts`), the redactor as part of a date to redact, and the
/// Diagnoser's message reader as a date's month.
public enum MonthNames {
    public static let english: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    public static let spanish: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "ene": 1, "feb": 2, "abr": 4, "ago": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dic": 12,
    ]

    /// Every language's names: people write either on either site.
    public static let all = Set(english.keys).union(spanish.keys)
}
