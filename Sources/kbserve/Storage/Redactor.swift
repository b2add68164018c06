import Foundation
import KnowledgeBase

/// Removes what could identify a person from free text before search queries, feedback
/// comments and unmatched troubleshooter messages are stored. In order:
/// 1. folds compatibility forms and every script's decimal digits to ASCII (`５８３９`, `٥٨٣`);
/// 2. by shape: e-mail addresses (any `@`, `name @ host`, `name at host dot com`), dates
///    (`03/14/1985`, `14th of July 1985`, a month and day `4/3`), times (`8:45am`), digit runs joined by spaces, dots, dashes, `_` or
///    `,` (phones, PINs, codes), spelled-out digits, words mixing letters and digits;
/// 3. by context: the value after "password"/"pw"/"passcode", the name after "my name is",
///    "name:", a sign-off ("Thanks, Jane") or on a closing signature line, capitalised
///    name runs (`Jane Q Patient`), titles (`Mrs Smith`);
/// 4. when unsure — a value word ("pin", "code", "dob", …) followed by something that is
///    neither a placeholder nor an ordinary word — the whole text is dropped (`[removed]`).
struct Redactor: Sendable {
    static let email = "[email]"
    static let date = "[date]"
    static let phone = "[phone]"
    static let number = "[number]"
    static let secret = "[secret]"
    static let name = "[name]"
    static let removed = "[removed]"
    static let link = "[link]"
    static let time = "[time]"
    static let placeholders: Set<String> = [email, date, phone, number, secret, name, removed, link, time]

    func redact(_ text: String) -> String {
        // Plain lowercase words, most queries, are what the rules give back (`isPlain`).
        return Self.isPlain(text) ? text : redactByRules(text)
    }

    /// `redact` without the shortcut: every rule, in order.
    func redactByRules(_ text: String) -> String {
        // `dob=March 14` / `pin:4821`: the value after a label is a word of its own.
        let folded = Self.spaceAfterLabels(Self.fold(text))
        var lines = folded.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        }
        Self.redactSignature(&lines)
        var words = lines.flatMap { $0 + ["\n"] }
        words.removeLast()
        // Links carry a person's registration or reset token.
        words = words.map { Self.looksLikeLink(Substring($0)) ? Self.link : $0 }
        words = Self.redactEmails(words)
        words = Self.redactNumbers(words.joined(separator: " ")).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        words = Self.redactSpelledDigits(words)
        words = Self.mergeWrittenDates(words)
        words = Self.redactContext(words)
        words = Self.redactMixedTokens(words)
        words = Self.redactNameRuns(words)
        if Self.isUnsure(words) { return Self.removed }
        return Self.collapse(words.joined(separator: " ").replacingBytes(" \n ", with: "\n"))
    }

    /// Cuts redacted text to at most `limit` characters at a word boundary (never inside a placeholder).
    static func cut(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let prefix = text.prefix(limit)
        if let space = prefix.lastIndex(where: { $0 == " " || $0 == "\n" }) { return String(prefix[..<space]) }
        return ""
    }

    // MARK: Folding

    /// NFKC (fullwidth letters, digits and `＠` become ASCII), then every decimal digit to ASCII.
    static func fold(_ text: String) -> String {
        // ASCII is its own NFKC form and has no digits but ASCII ones.
        if text.isASCII { return text }
        let compatible = text.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            if scalar.value > 0x7F, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
                value >= 0, value <= 9, let ascii = Unicode.Scalar(0x30 + UInt32(value))
            {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `dob=March 14` / `pin:4821`: a space after an ASCII letter's `:` or `=` when something
    /// other than white space or `/` follows (not in `https://`).
    static func spaceAfterLabels(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=") }) { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isASCIILetter(scalar), index + 2 < scalars.count,
               scalars[index + 1] == ":" || scalars[index + 1] == "=",
               !scalars[index + 2].properties.isWhitespace, scalars[index + 2] != "/" {
                output.append(scalar)
                output.append(scalars[index + 1])
                output.append(" ")
                index += 2
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }

    // MARK: Shapes

    private static func bare(_ word: String) -> String {
        word.lowercased().trimmingScalars { !isAlphanumeric($0) }
    }

    static let topLevelDomains: Set<String> = ["com", "net", "org", "edu", "gov", "us", "co", "uk", "io", "ca", "info", "biz", "me", "de"]

    /// `a@b`, `a @ b`, `a @b`, `a at b dot com`, `a at b.com`.
    private static func redactEmails(_ words: [String]) -> [String] {
        var output: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "@" || word.hasPrefix("@") || word.hasSuffix("@") {
                // `name @ host`: the parts around a lone or dangling `@` belong to it.
                if word != "\n" {
                    if let last = output.last, last != "\n", !placeholders.contains(last), !word.hasPrefix("@") || word == "@" {
                        output.removeLast()
                    }
                    if word == "@" || word.hasSuffix("@"), index + 1 < words.count, words[index + 1] != "\n" { index += 1 }
                    output.append(email)
                    index += 1
                    continue
                }
            }
            if word.utf8.contains(UInt8(ascii: "@")) {
                output.append(email)
                index += 1
                continue
            }
            if bare(word) == "at", index > 0, index + 1 < words.count, words[index - 1] != "\n", !words[index + 1].contains("@") {
                let next = bare(words[index + 1])
                let hasDomain = next.split(separator: ".").last.map { topLevelDomains.contains(String($0)) && next.contains(".") } ?? false
                let spelled = index + 3 < words.count && bare(words[index + 2]) == "dot" && topLevelDomains.contains(bare(words[index + 3]))
                if hasDomain || spelled {
                    if !output.isEmpty { output.removeLast() }
                    output.append(email)
                    index += spelled ? 4 : 2
                    continue
                }
            }
            output.append(word)
            index += 1
        }
        return output
    }

    /// `scheme://…` or `www.…` anywhere in a space-free chunk.
    private static func looksLikeLink(_ token: Substring) -> Bool {
        token.containsBytes("://") || token.lowercased().containsBytes("www.")
    }

    private static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "-" || c == "." || c == "/" || c == "(" || c == ")" || c == "+" || c == "_" || c == ","
    }

    /// Finds spans of digits joined by separators (`+1 (555) 201-3344`, `03/14/1985`,
    /// `58_39_20`, `123456`) and replaces each by what it looks like.
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
            if let length = timeLength(chars, at: index) {
                output += time
                index += length
                continue
            }
            if c == "(", timeLength(chars, at: index + 1) != nil {  // `(8:45)`: the time, not a phone's `(`
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

    /// The length of a time of day at `start` (`8:45`, `14:30`, `8:45am`, `8:45p.m.`): the hour
    /// of an appointment or a call, which with its date can point to one visit. A digit or
    /// letter right before or after it makes it part of something else (`v1:23`, `8:45:10`).
    private static func timeLength(_ chars: [Character], at start: Int) -> Int? {
        if start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber || chars[start - 1] == ":" { return nil }
        var index = start
        while index < chars.count, index - start < 2, chars[index].isASCIIDigit { index += 1 }
        guard index > start, index + 2 < chars.count, chars[index] == ":", chars[index + 1].isASCIIDigit, chars[index + 2].isASCIIDigit,
            let hour = Int(String(chars[start..<index])), hour <= 23,
            let minute = Int(String(chars[(index + 1)...(index + 2)])), minute <= 59
        else { return nil }
        index += 3
        for suffix in ["am", "pm", "a.m.", "p.m."] {
            let end = index + suffix.count
            if end <= chars.count, String(chars[index..<end]).lowercased() == suffix { index = end; break }
        }
        if index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == ":" { return nil }
        return index - start
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
        if isMonthAndDay(span) { return date }
        if digits >= 7 { return phone }
        if digits >= 3 { return number }
        return nil
    }

    /// A month and a day without the year, either way round (`4/3`, `12/20`, `14/03`): a
    /// visit's or a birthday's date.
    private static func isMonthAndDay(_ span: ArraySlice<Character>) -> Bool {
        let parts = span.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
            let first = Int(String(parts[0])), let second = Int(String(parts[1]))
        else { return false }
        return (1...31).contains(first) && (1...31).contains(second) && (first <= 12 || second <= 12)
    }

    static let digitWords: Set<String> = ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// Three or more spelled-out digits in a row (`four eight two one`).
    private static func redactSpelledDigits(_ words: [String]) -> [String] {
        var output: [String] = []
        var index = 0
        while index < words.count {
            var end = index
            while end < words.count, digitWords.contains(bare(words[end])) { end += 1 }
            if end - index >= 3 {
                output.append(number)
                index = end
            } else {
                output.append(words[index])
                index += 1
            }
        }
        return output
    }

    /// Month names of every language: people write either on either site (`14 de marzo`).
    private static let months = MonthNames.all
    /// What joins a date's day or year to its month: `14th of July`, `14 de marzo de 1985`, `marzo del 85`.
    private static let dateConnectors: Set<String> = ["of", "de", "del"]

    /// `March 14, [number]`, `14 March 1985`, `the 14th of July`, `July 14th` → `[date]`.
    private static func mergeWrittenDates(_ words: [String]) -> [String] {
        var words = words
        var index = 0
        while index < words.count {
            let bareMonth = lowercaseLetters(words[index])
            if months.contains(bareMonth) {
                var first = index
                var last = index
                var next = index + 1
                if next < words.count, bare(words[next]) == "the" { next += 1 }
                if next < words.count, isDatePart(words[next]) {
                    last = next
                    if last + 1 < words.count, isDatePart(words[last + 1]) { last += 1 }
                } else if next < words.count, words[next] == number || isYear(words[next]) {
                    last = next  // `July 1985`
                } else if next + 1 < words.count, dateConnectors.contains(bare(words[next])), words[next + 1] == number || isYear(words[next + 1]) {
                    last = next + 1  // `marzo de 1985`
                }
                if index > 0, isDatePart(words[index - 1]) {
                    first = index - 1
                } else if index > 1, dateConnectors.contains(bare(words[index - 1])), isDatePart(words[index - 2]) {
                    first = index - 2
                }
                if first > 0, bare(words[first - 1]) == "the", first != index { first -= 1 }
                if first != index || last != index {
                    if first != index, last == index, index + 1 < words.count, words[index + 1] == number || isYear(words[index + 1]) {
                        last = index + 1
                    }
                    words.replaceSubrange(first...last, with: [date])
                    index = first + 1
                    continue
                }
            }
            index += 1
        }
        return words
    }

    /// Punctuation around a date's parts (`"14`, `1985).`).
    private static let datePunctuation: Set<Unicode.Scalar> = [",", ".", "\"", "'", "(", ")", ";", ":", "!", "?"]

    private static func isYear(_ word: String) -> Bool {
        let trimmed = word.trimmingScalars(in: datePunctuation)
        return trimmed == number || trimmed == date || (trimmed.count == 4 && trimmed.allSatisfy(\.isASCIIDigit))
    }

    private static func isDatePart(_ word: String) -> Bool {
        let trimmed = word.trimmingScalars(in: datePunctuation).lowercased()
        if trimmed == number { return true }
        var digits = Substring(trimmed)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy(\.isASCIIDigit)
    }

    /// Words mixing letters and digits (`Hunter2!xyz`, `ab12cd`), or with symbols inside
    /// letters (`P#ssw!rd`): passwords and codes more often than words.
    /// Punctuation around a word that mixes letters and digits.
    private static let mixedTokenPunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]"]

    /// Whether a placeholder is part of `word` (`[email],`).
    private static func containsPlaceholder(_ word: String) -> Bool {
        word.utf8.contains(UInt8(ascii: "[")) && placeholders.contains { word.utf8.firstRange(of: $0.utf8) != nil }
    }

    private static func redactMixedTokens(_ words: [String]) -> [String] {
        words.map { word in
            guard !placeholders.contains(word), word != "\n", !containsPlaceholder(word) else { return word }
            let core = word.trimmingScalars(in: mixedTokenPunctuation)
            let counts = characterCounts(core)
            if counts.letters > 0, counts.digits > 0, counts.digits >= 3 || counts.all >= 6 { return secret }
            if counts.letters > 0, counts.symbols > 0, !core.hasPrefix("["), counts.all >= 6 { return secret }
            return word
        }
    }

    /// The letters, ASCII digits, symbols (neither letters nor numbers, nor `-`, `'`, `’`,
    /// `.`, `/`) and characters of `core`; byte by byte when it is ASCII (one character a byte).
    static func characterCounts(_ core: String) -> (letters: Int, digits: Int, symbols: Int, all: Int) {
        // "\r\n" is one character of two bytes; words never hold "\r", but the count must not assume it.
        if core.isASCII, !core.utf8.contains(UInt8(ascii: "\r")) {
            var counts = (letters: 0, digits: 0, symbols: 0, all: core.utf8.count)
            for byte in core.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): counts.letters += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"): counts.digits += 1
                case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "/"): break
                default: counts.symbols += 1
                }
            }
            return counts
        }
        return characterCountsByCharacter(core)
    }

    /// `characterCounts` character by character, for any text.
    static func characterCountsByCharacter(_ core: String) -> (letters: Int, digits: Int, symbols: Int, all: Int) {
        (core.filter(\.isLetter).count, core.filter(\.isASCIIDigit).count,
                core.filter { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" && $0 != "’" && $0 != "." && $0 != "/" }.count,
                core.count)
    }

    // MARK: Context

    static let passwordWords: Set<String> = Set(["password", "passwd", "pw", "pwd", "passcode", "passphrase", "passwort"])
    /// Words after which a value comes; what follows them must be a placeholder or an ordinary word.
    static let valueWords: Set<String> = Set([
        "pin", "code", "dob", "birthday", "born", "ssn", "phone", "cell", "mobile", "username", "login", "email", "e-mail",
    ]).union(passwordWords)
    static let connectors: Set<String> = ["is", "was", "=", ":", "-", "as", "to", "like", "it's", "its", "my", "the", "of", "on", "number", "#", "no"]
    /// Ordinary words that may follow a value word in a question ("pin not working").
    static let ordinaryWords: Set<String> = [
        "not", "wont", "won't", "doesnt", "doesn't", "isnt", "isn't", "didnt", "didn't", "dont", "don't", "cant", "can't", "never",
        "work", "works", "working", "worked", "expired", "expire", "expires", "invalid", "wrong", "incorrect", "error", "errors",
        "reset", "help", "problem", "problems", "issue", "issues", "and", "or", "for", "to", "from", "in", "on", "at", "with",
        "without", "a", "an", "the", "you", "i", "it", "was", "were", "is", "are", "be", "been", "sent", "send", "did", "does",
        "do", "can", "came", "come", "arrived", "received", "get", "got", "getting", "keeps", "keep", "still", "again",
        "requirements", "requirement", "rules", "field", "box", "page", "link", "mail", "text", "message", "sms", "change",
        "changed", "forgot", "forgotten", "lost", "new", "old", "same", "different", "accepted", "rejected", "locked",
        "blocked", "required", "needed", "length", "digits", "characters", "letters", "too", "long", "short", "weak", "strong",
        "format", "reminder", "recovery", "please", "why", "how", "what", "where", "when", "if", "that", "this", "there",
        "has", "have", "had", "will", "would", "should", "could", "must", "may", "might", "so", "but", "because", "then",
        "after", "before", "up", "by", "as", "of", "all", "any", "no", "yes", "just", "only", "also", "more", "less",
        "number", "numbers", "address", "date", "time", "mismatch", "match", "matches", "does't", "valid", "verification",
        "security", "confirm", "confirmation", "twice", "my", "your", "entered", "typed", "used", "using", "use", "into",
        "which", "where's", "id", "user", "name", "account", "portal", "sign", "signing", "login", "log", "registration",
        "register", "expire", "expiring", "code", "pin", "password", "is", "it's", "isn’t", "won’t", "don’t", "can’t", "doesn’t",
        "once", "twice", "today", "yesterday", "already", "recently", "earlier", "now", "multiple", "several", "times",
        "twice", "many", "each", "every", "first", "last", "time", "day", "days", "week",
    ]
    static let nameOpeners: [[String]] = [["my", "name", "is"], ["my", "name's"], ["name", "is"], ["name:"], ["name"], ["patient", "name"], ["from:"], ["to:"], ["cc:"], ["signed:"]]
    /// The words a name opener starts with: a word that is none of them opens no name.
    static let nameOpenerFirstWords: Set<String> = Set(nameOpeners.map { $0[0] })
    static let signOffs: Set<String> = ["thanks", "thank", "regards", "sincerely", "cheers", "best", "respectfully", "thx", "love", "from", "yours", "signed"]
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr"]

    /// The value after a password word; the name after "my name is", a sign-off or a title.
    private static func redactContext(_ words: [String]) -> [String] {
        var words = words
        var index = 0
        while index < words.count {
            let word = bare(words[index])
            if passwordWords.contains(word) {
                var next = index + 1
                while next < words.count, connectors.contains(bare(words[next])) || words[next] == ":" || words[next] == "=" { next += 1 }
                if next < words.count, words[next] != "\n", !placeholders.contains(words[next]), !ordinaryWords.contains(bare(words[next])),
                    !passwordWords.contains(bare(words[next]))
                {
                    words[next] = secret
                }
                index = next
                continue
            }
            if titles.contains(word), index + 1 < words.count, isCapitalized(words[index + 1]) {
                words.replaceSubrange(index...(index + 1), with: [name])
                index += 1
                continue
            }
            if nameOpenerFirstWords.contains(word) || nameOpenerFirstWords.contains(words[index].lowercased()),
               let opener = nameOpeners.first(where: { matches($0, at: index, in: words) }) {
                let start = index + opener.count
                var end = start
                while end < words.count, end - start < 4, words[end] != "\n", !placeholders.contains(words[end]),
                    end == start || !ordinaryWords.contains(bare(words[end])) || isCapitalized(words[end])
                {
                    end += 1
                    if words[end - 1].last.map({ ",.!?;".contains($0) }) == true { break }
                }
                if end > start {
                    words.replaceSubrange(start..<end, with: [name])
                    index = start + 1
                    continue
                }
            }
            if signOffs.contains(word), words[index].hasSuffix(",") || (index + 1 < words.count && bare(words[index + 1]) == "you") {
                var start = index + 1
                if start < words.count, bare(words[start]) == "you" || bare(words[start]) == "from" { start += 1 }
                if start < words.count, words[start] == "\n" { start += 1 }
                var end = start
                while end < words.count, end - start < 4, words[end] != "\n", isCapitalized(words[end]) { end += 1 }
                if end > start {
                    words.replaceSubrange(start..<end, with: [name])
                    index = start + 1
                    continue
                }
            }
            index += 1
        }
        return words
    }

    private static func matches(_ pattern: [String], at index: Int, in words: [String]) -> Bool {
        guard index + pattern.count <= words.count else { return false }
        for (offset, part) in pattern.enumerated() {
            let word = words[index + offset].lowercased()
            if part.hasSuffix(":") ? word != part : bare(word) != part && word != part { return false }
        }
        // A lone "name" opens a name only before a capitalised word ("name Jane Doe").
        if pattern == ["name"] { return index + 1 < words.count && isCapitalized(words[index + 1]) }
        return true
    }

    static func isCapitalized(_ word: String) -> Bool {
        if word.isASCII {
            // ASCII: an uppercase letter, then lowercase letters, `-` and `'`.
            let isLetter = { (byte: UInt8) in isASCIILetter(Unicode.Scalar(byte)) }
            guard let start = word.utf8.firstIndex(where: isLetter), let last = word.utf8.lastIndex(where: isLetter),
                  (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word.utf8[start]), !placeholders.contains(word) else { return false }
            return word.utf8[start...last].dropFirst().allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'")
            }
        }
        return isCapitalizedByCharacter(word)
    }

    /// `isCapitalized` character by character, for any text.
    static func isCapitalizedByCharacter(_ word: String) -> Bool {
        let core = word.trimmingScalars { !isLetterOrMark($0) }
        guard let first = core.first, first.isUppercase, !placeholders.contains(word) else { return false }
        return core.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" } && core.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
    }

    /// Words a capitalised run may contain without being a name (products, places in the portal, months, days).
    static let knownCapitalized: Set<String> = Set([
        "patient", "fusion", "internet", "explorer", "google", "chrome", "microsoft", "edge", "apple", "safari", "firefox",
        "android", "iphone", "ipad", "windows", "mac", "gmail", "outlook", "yahoo", "hotmail", "i", "the", "my", "a", "an",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reset", "password", "pin", "code",
        "security", "invalid", "error", "sign", "in", "log", "help", "portal", "account", "date", "of", "birth", "phone",
        "number", "email", "forgot", "registration", "invitation", "message", "messages", "appointment", "appointments",
        "please", "hi", "hello", "dear", "thanks", "thank", "you", "ok", "new", "not", "working", "why", "how", "what",
        // Words of the portal's screens and messages, often typed in title case.
        "page", "found", "continue", "register", "up", "sign-up", "read", "screen", "text", "link", "login", "out", "sent",
        "expired", "try", "again", "request", "back", "next", "submit", "cancel", "yes", "no", "home", "settings", "profile",
        "verify", "verification", "confirm", "details", "mobile", "cell", "click", "here", "open", "close", "unable",
        "unavailable", "service", "server", "access", "denied", "forbidden", "unauthorized", "timeout", "time", "zone",
        "record", "records", "match", "does", "is", "are", "has", "have", "be", "your", "we", "our", "this", "that", "it",
        "welcome", "dashboard", "inbox", "messaging", "doctor", "office", "practice", "clinic", "username", "user", "name",
        "incorrect", "valid", "required", "requirements", "field", "address", "code's", "subject", "re", "fw", "fwd", "to",
        "from", "cc", "ticket", "note", "notes", "agent", "support", "team", "customer", "pt", "mom", "dad",
    ]).union(months)

    /// Runs of 2-4 capitalised words (`Jane Q Patient`, `Jane Doe`) that are not all known
    /// words; at the start of a sentence only when they hold an initial.
    private static func redactNameRuns(_ words: [String]) -> [String] {
        var output: [String] = []
        var index = 0
        while index < words.count {
            var end = index
            var hasInitial = false
            while end < words.count, end - index < 4, isCapitalized(words[end]) || isInitial(words[end]) {
                if isInitial(words[end]) { hasInitial = true }
                end += 1
                if words[end - 1].last.map({ ",;!?.'\"".contains($0) }) == true { break }
            }
            let run = words[index..<end]
            let startsSentence = index == 0 || words[index - 1] == "\n" || words[index - 1].last.map { ".!?:".contains($0) } == true
            if run.count >= 2, !run.allSatisfy({ knownCapitalized.contains(bare($0)) }), !startsSentence || hasInitial {
                output.append(name)
                index = end
            } else {
                output.append(words[index])
                index += 1
            }
        }
        return output
    }

    private static func isInitial(_ word: String) -> Bool {
        let core = word.trimmingScalars(in: [".", ","])
        return core.count == 1 && core.first!.isUppercase && core != "I" && core.first!.isLetter
    }

    /// A closing line of 1-4 capitalised words after a line break, or any short line right
    /// after a sign-off line ("Thanks,\nJane Patient").
    private static func redactSignature(_ lines: inout [[String]]) {
        let content = lines.indices.filter { !lines[$0].isEmpty }
        guard content.count >= 2, let last = content.last else { return }
        let closing = lines[last]
        let previous = lines[content[content.count - 2]]
        let afterSignOff = previous.count <= 3 && previous.contains { signOffs.contains(bare($0)) }
        let looksLikeName = closing.allSatisfy { isCapitalized($0) || isInitial($0) } && !closing.allSatisfy { knownCapitalized.contains(bare($0)) }
        if closing.count <= 4, afterSignOff || looksLikeName {
            lines[last] = [name]
        }
    }

    /// A value word followed by something neither a placeholder nor an ordinary word.
    private static func isUnsure(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where valueWords.contains(bare(word)) && !passwordWords.contains(bare(word)) {
            // A value word that ends a sentence or a quote has no value after it.
            if let last = word.last, ".!?'\"’”)".contains(last) { continue }
            var next = index + 1
            while next < words.count, connectors.contains(bare(words[next])) { next += 1 }
            guard next < words.count, words[next] != "\n" else { continue }
            let following = words[next]
            if placeholders.contains(following.trimmingScalars(in: [",", ".", "!", "?", ";"])) { continue }
            let core = bare(following)
            if core.isEmpty || ordinaryWords.contains(core) || valueWords.contains(core) { continue }
            // An ordinary lowercase word of letters only reads as part of the sentence.
            if following == following.lowercased(), core.allSatisfy(\.isLetter), !digitWords.contains(core) { continue }
            return true
        }
        return false
    }

    private static func collapse(_ text: String) -> String {
        var result = text
        while result.containsBytes("  ") { result = result.replacingBytes("  ", with: " ") }
        return result
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
