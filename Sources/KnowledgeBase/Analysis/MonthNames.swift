/// The names of the months and their abbreviations, lowercase: how people write the month of a
/// date ("nov 12", "March 14th 1985", "3 de junio"). The query parser reads them as part of a
/// typed date (`QueryParser.monthStarts`); the redactor, as part of a date to redact.
public enum MonthNames {
    public static let english: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
        "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
        "dec", "december",
    ]

    public static let spanish: Set<String> = [
        "ene", "enero", "febrero", "marzo", "abr", "abril", "mayo", "junio", "julio", "ago", "agosto",
        "septiembre", "setiembre", "octubre", "noviembre", "dic", "diciembre",
    ]

    /// Both languages': people write either on either site.
    static let all = english.union(spanish)
}
