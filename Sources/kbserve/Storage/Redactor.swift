import Foundation

/// Replaces what could identify a person in free text (e-mail addresses, dates,
/// phone-like numbers, any run of three or more digits) with placeholders, before
/// search queries and feedback comments are stored.
struct Redactor: Sendable {
    static let email = "[email]"
    static let date = "[date]"
    static let phone = "[phone]"
    static let number = "[number]"
    static let link = "[link]"

    private static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
        "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
        "dec", "december",
    ]

    func redact(_ text: String) -> String {
        // Without a digit, an `@` or a typed-in placeholder (`[number]`) nothing below changes the text.
        // Links (which carry a person's registration or reset token) go too.
        let hasLink = text.contains("://") || text.lowercased().contains("www.")
        guard hasLink || text.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "[") || (0x30...0x39).contains($0) })
        else { return text }
        let withoutEmails = text.split(separator: " ", omittingEmptySubsequences: false)
            .map { Self.looksLikeEmail($0) ? Self.email : hasLink && Self.looksLikeLink($0) ? Self.link : String($0) }
            .joined(separator: " ")
        return Self.mergeWrittenDates(Self.redactNumbers(withoutEmails))
    }

    /// `name@domain.tld`, possibly wrapped in punctuation.
    private static func looksLikeEmail(_ token: Substring) -> Bool {
        guard let at = token.firstIndex(of: "@") else { return false }
        let local = token[..<at].drop { !$0.isLetter && !$0.isNumber }
        let domain = token[token.index(after: at)...]
        return !local.isEmpty && String(domain).trimmingCharacters(in: CharacterSet.letters.inverted).contains(".")
    }

    /// `scheme://…` or `www.…` anywhere in a space-free chunk.
    private static func looksLikeLink(_ token: Substring) -> Bool {
        token.contains("://") || token.lowercased().contains("www.")
    }

    private static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "-" || c == "." || c == "/" || c == "(" || c == ")" || c == "+"
    }

    /// Finds spans of digits joined by separators (`+1 (555) 201-3344`, `03/14/1985`,
    /// `123456`) and replaces each by what it looks like.
    private static func redactNumbers(_ text: String) -> String {
        let chars = Array(text)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = 0
        while index < chars.count {
            let c = chars[index]
            let startsSpan = c.isASCIIDigit || ((c == "+" || c == "(") && index + 1 < chars.count && chars[index + 1].isASCIIDigit)
            guard startsSpan else {
                output.append(c)
                index += 1
                continue
            }
            var end = index
            var lastDigit = index
            while end < chars.count, chars[end].isASCIIDigit || isSeparator(chars[end]) {
                if chars[end].isASCIIDigit { lastDigit = end }
                // A separator must be followed by a digit (after at most one more separator) to stay in the span.
                if !chars[end].isASCIIDigit {
                    let next = end + 1 < chars.count ? chars[end + 1] : " "
                    let afterNext = end + 2 < chars.count ? chars[end + 2] : " "
                    if !(next.isASCIIDigit || (isSeparator(next) && afterNext.isASCIIDigit)) { break }
                }
                end += 1
            }
            let span = chars[index...lastDigit]
            output += classify(span) ?? String(span)
            index = lastDigit + 1
        }
        return output
    }

    private static func classify(_ span: ArraySlice<Character>) -> String? {
        let digits = span.filter(\.isASCIIDigit).count
        let groups = span.split { !$0.isASCIIDigit }.map(\.count)
        let hasDateSeparator = span.contains("/") || span.contains("-") || span.contains(".")
        if hasDateSeparator, groups.count == 3, !span.contains(" "), !span.contains("("),
            (groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4))
                || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)
        {
            return date
        }
        if digits >= 7 { return phone }
        if digits >= 3 { return number }
        return nil
    }

    /// `March 14, [number]` / `14 March [number]` → `[date]`.
    private static func mergeWrittenDates(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < words.count {
            let bare = words[index].lowercased().filter(\.isLetter)
            if months.contains(bare), bare.count == words[index].filter(\.isLetter).count {
                var first = index
                var last = index
                if index + 1 < words.count, isDatePart(words[index + 1]) { last = index + 1 }
                if last + 1 < words.count, last > index, isDatePart(words[last + 1]) { last += 1 }
                if index > 0, isDatePart(words[index - 1]) { first = index - 1 }
                if first != last {
                    words.replaceSubrange(first...last, with: [date])
                    index = first + 1
                    continue
                }
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    private static func isDatePart(_ word: String) -> Bool {
        let trimmed = word.trimmingCharacters(in: [",", "."])
        if trimmed == number { return true }
        let stripped = trimmed.lowercased().replacingOccurrences(of: "st", with: "")
            .replacingOccurrences(of: "nd", with: "").replacingOccurrences(of: "rd", with: "")
            .replacingOccurrences(of: "th", with: "")
        return !stripped.isEmpty && stripped.count <= 2 && stripped.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
