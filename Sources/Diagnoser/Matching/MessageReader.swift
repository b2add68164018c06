/// Reads a whole message the way an agent would: the values written in it (codes and PINs near
/// the words code / PIN / digits, dates in numbers or words, phone numbers, e-mail addresses,
/// links), where the person was (a password reset), and two clock times an hour apart. Everything
/// found stays in memory: it is handed to the same value readers as typed values, never kept.
struct MessageReader: Sendable {
    /// A code or PIN written in the text, and which field its surrounding words point to.
    struct Code: Sendable, Hashable {
        var text: String
        /// `pin` or `securityCode` when one of their words is nearest; nil when none is near.
        var field: String?
    }

    struct Reading: Sendable {
        var emails: [String] = []
        var links: [String] = []
        var dates: [String] = []
        var phones: [String] = []
        var codes: [Code] = []
        /// Whether words of the field stand next to the first date (born, birthday) or phone (phone, cell).
        var datesNamed = false
        var phonesNamed = false
        /// `password-reset` when the person says they were resetting their password.
        var flow: String?
        /// How many codes, invitations or reset e-mails the person says came ("got two invites"),
        /// by context key (`codesRequested`, `invitationsSent`, `resetRequests`).
        var counts: [String: Int] = [:]
        /// Two clock times one hour apart ("it shows 9:00 but the office says 10:00").
        var timesHourApart = false
    }

    /// A word or number of the text with its place (byte offsets into the folded text).
    struct Word: Sendable {
        var text: String
        var start: Int
        var end: Int
        var isNumber: Bool { text.utf8.allSatisfy(MessageTokenizer.isDigit) }
    }

    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// Words that say which field a code was typed in.
    static let pinWords: Set<String> = ["pin", "pins"]
    static let codeWords: Set<String> = ["code", "codes", "security", "securitycode", "texted", "verification", "text", "sms"]
    static let birthWords: Set<String> = ["birth", "birthday", "dob", "born", "bday", "birthdate"]
    static let phoneWords: Set<String> = ["phone", "cell", "mobile", "landline", "tel", "telephone", "cellphone"]
    /// How many codes of a message are considered.
    static let candidateLimit = 16
    /// How far (in bytes) a field's word may be from the value it names.
    static let nearness = 80

    func read(_ text: String) -> Reading {
        var found = MessageValueExtractor().find(in: text)
        // Only the first few of each kind are used; a text full of numbers is not read in full.
        found.codes = Array(found.codes.prefix(Self.candidateLimit))
        var reading = Reading(emails: found.emails, links: found.links, dates: found.dates, phones: found.phones)
        let folded = MessageTokenizer.foldedBytes(text)
        let words = Self.words(folded)
        let pinPlaces = words.filter { Self.pinWords.contains($0.text) }.map(\.start)
        let codePlaces = words.filter { Self.codeWords.contains($0.text) }.map(\.start)
        let birthPlaces = words.filter { Self.birthWords.contains($0.text) }.map(\.start)

        // Digit runs that are a date of birth by their words: "born 030990".
        var datesFromDigits = Set<String>()
        for code in found.codes where (code.count == 6 || code.count == 8) {
            guard let at = Self.offset(of: code, in: folded),
                  Self.distance(at, birthPlaces) <= Self.nearness,
                  Self.distance(at, birthPlaces) < Self.distance(at, pinPlaces + codePlaces) else { continue }
            let reading = DateOfBirthReader.reading(of: Substring(code))
            if reading.plausible { datesFromDigits.insert(code) }
        }
        reading.dates.append(contentsOf: Self.writtenDates(words, in: text, folded: folded))
        reading.dates.append(contentsOf: found.codes.filter(datesFromDigits.contains))

        // Codes: digit runs, and runs with a letter O or l among the digits (read from a screen or a text).
        var codes: [(text: String, at: Int)] = []
        for code in found.codes where !datesFromDigits.contains(code) {
            codes.append((code, Self.offset(of: code, in: folded) ?? 0))
        }
        for word in Self.chunks(text) where Self.isCodeWithLookAlikes(word.text) {
            codes.append((word.text, word.start))
        }
        codes.sort { $0.at < $1.at }
        for code in codes {
            let toPIN = Self.distance(code.at, pinPlaces), toCode = Self.distance(code.at, codePlaces)
            var field: String?
            if min(toPIN, toCode) <= Self.nearness { field = toPIN < toCode ? "pin" : "securityCode" }
            reading.codes.append(Code(text: code.text, field: field))
        }
        let phonePlaces = words.filter { Self.phoneWords.contains($0.text) }.map(\.start)
        if let first = reading.dates.first, let at = Self.offset(of: first.lowercased(), in: folded) {
            reading.datesNamed = Self.distance(at, birthPlaces) <= Self.nearness
        }
        if let first = reading.phones.first, let at = Self.offset(of: first.lowercased(), in: folded) {
            reading.phonesNamed = Self.distance(at, phonePlaces) <= Self.nearness
        }
        reading.counts = Self.counts(words)
        reading.flow = Self.flow(words)
        reading.timesHourApart = Self.timesHourApart(words, folded: folded)
        return reading
    }

    // MARK: Words

    /// Letter runs and digit runs of the folded text, with offsets.
    static func words(_ folded: [UInt8]) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            let isLetter = byte >= 97 && byte <= 122
            let isDigit = MessageTokenizer.isDigit(byte)
            guard isLetter || isDigit else { index += 1; continue }
            var end = index
            while end < folded.count, (isLetter ? (folded[end] >= 97 && folded[end] <= 122) : MessageTokenizer.isDigit(folded[end])) { end += 1 }
            words.append(Word(text: String(decoding: folded[index..<end], as: UTF8.self), start: index, end: end))
            index = end
        }
        return words
    }

    /// Whitespace-separated chunks of the text (ASCII punctuation trimmed) of 4 to 8 bytes that hold a digit:
    /// where a code with look-alike letters can be.
    static func chunks(_ text: String) -> [Word] {
        let bytes = Array(text.utf8)
        var chunks: [Word] = []
        var start = 0
        while start < bytes.count {
            while start < bytes.count && MessageTokenizer.isSpace(bytes[start]) { start += 1 }
            var end = start, hasDigit = false
            while end < bytes.count && !MessageTokenizer.isSpace(bytes[end]) {
                if MessageTokenizer.isDigit(bytes[end]) { hasDigit = true }
                end += 1
            }
            var first = start, last = end
            while first < last, Self.isTrimmed(bytes[first]) { first += 1 }
            while last > first, Self.isTrimmed(bytes[last - 1]) { last -= 1 }
            if hasDigit, last - first >= 4, last - first <= 8 { chunks.append(Word(text: String(decoding: bytes[first..<last], as: UTF8.self), start: first, end: last)) }
            start = end
        }
        return chunks
    }

    /// ASCII punctuation around a chunk.
    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte < 0x80 && !MessageTokenizer.isAlphanumeric(byte | 0x20) && !MessageTokenizer.isDigit(byte)
    }

    /// 4 to 8 characters, at least 3 digits, and the rest the letters O or l/I that look like 0 and 1.
    static func isCodeWithLookAlikes(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 4, bytes.count <= 8 else { return false }
        var digits = 0, lookAlikes = 0
        for byte in bytes {
            if MessageTokenizer.isDigit(byte) { digits += 1 }
            else if byte == UInt8(ascii: "O") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "I") { lookAlikes += 1 }
            else { return false }
        }
        return digits >= 3 && lookAlikes >= 1 && lookAlikes <= 2
    }

    static func offset(of needle: String, in folded: [UInt8]) -> Int? {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first, bytes.count <= folded.count else { return nil }
        for start in 0...(folded.count - bytes.count) where folded[start] == first {
            if folded[start..<(start + bytes.count)].elementsEqual(bytes) { return start }
        }
        return nil
    }

    static func distance(_ at: Int, _ places: [Int]) -> Int {
        places.map { abs($0 - at) }.min() ?? Int.max
    }

    // MARK: Dates in words

    /// "March 3rd 1990", "3 March 1990", "14th of July, 1985", "July 14, 1985": the span as written.
    static func writtenDates(_ words: [Word], in text: String, folded: [UInt8]) -> [String] {
        var dates: [String] = []
        var index = 0
        while index < words.count {
            guard monthNames[words[index].text] != nil else { index += 1; continue }
            var first = index, last = index
            // A day before the month: "14th of July", "3 March".
            var back = index - 1
            if back >= 0, words[back].text == "of" { back -= 1 }
            if back >= 0, ordinalSuffixes.contains(words[back].text) { back -= 1 }
            if back >= 0, words[back].isNumber, let day = Int(words[back].text), day >= 1, day <= 31 { first = back }
            // A day and a year after it: "March 3rd 1990", "July 14, 1985".
            var ahead = index + 1
            if first == index, ahead < words.count, words[ahead].isNumber, words[ahead].text.count <= 2 {
                last = ahead; ahead += 1
                if ahead < words.count, ordinalSuffixes.contains(words[ahead].text) { last = ahead; ahead += 1 }
            }
            if ahead < words.count, words[ahead].isNumber, words[ahead].text.count == 4 { last = ahead }
            // A month name alone ("may") or without a number next to it is not a date.
            if last > first, last - first >= 1, words[last].start - words[first].end < 40 {
                let span = String(decoding: folded[words[first].start..<words[last].end], as: UTF8.self)
                dates.append(span)
            }
            index = last + 1
        }
        return dates
    }

    // MARK: Counts

    /// The things the context counts, by the words people use for them.
    static let countedNouns: [String: String] = [
        "invite": "invitationsSent", "invites": "invitationsSent", "invitation": "invitationsSent", "invitations": "invitationsSent",
        "code": "codesRequested", "codes": "codesRequested", "texts": "codesRequested",
        "reset": "resetRequests", "resets": "resetRequests",
    ]
    /// Words that say there was more than one, and how many at least.
    static let countWords: [String: Int] = [
        "twice": 2, "two": 2, "second": 2, "another": 2, "both": 2, "three": 3, "third": 3, "thrice": 3, "several": 3,
        "multiple": 3, "few": 3, "many": 3, "four": 4, "five": 5,
    ]

    /// "got the invite twice", "two invitations", "requested several codes": the largest count said
    /// within three words of what it counts. Digits count only right before the noun ("3 codes").
    static func counts(_ words: [Word]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (index, word) in words.enumerated() {
            guard let key = countedNouns[word.text] else { continue }
            var count = 0
            for near in words[max(0, index - 3)..<min(words.count, index + 4)] {
                count = max(count, countWords[near.text] ?? 0)
            }
            if index > 0, words[index - 1].isNumber, let number = Int(words[index - 1].text), number >= 2, number <= 9 {
                count = max(count, number)
            }
            if count > 1 { counts[key] = max(counts[key] ?? 0, count) }
        }
        return counts
    }

    // MARK: Flow and times

    /// `password-reset` when "reset" or "forgot" stands next to "password" (either order).
    static func flow(_ words: [Word]) -> String? {
        for (index, word) in words.enumerated() where word.text == "password" || word.text == "pw" {
            let around = words[max(0, index - 3)..<min(words.count, index + 3)]
            if around.contains(where: { $0.text.hasPrefix("reset") || $0.text == "forgot" || $0.text == "forgotten" }) {
                return "password-reset"
            }
        }
        return nil
    }

    /// Clock times ("9:30", "10 am", "at 9") in minutes after midnight, compared on a 12-hour dial.
    static func timesHourApart(_ words: [Word], folded: [UInt8]) -> Bool {
        var times: [Int] = []
        for (index, word) in words.enumerated() where word.isNumber {
            guard let hour = Int(word.text), hour >= 1, hour <= 12, word.text.count <= 2 else { continue }
            var minutes = 0
            var isTime = false
            if index + 1 < words.count, words[index + 1].start == word.end + 1, folded[word.end] == UInt8(ascii: ":"), words[index + 1].isNumber, words[index + 1].text.count == 2 {
                minutes = Int(words[index + 1].text) ?? 0
                isTime = minutes < 60
            }
            if index + 1 < words.count, ["am", "pm", "a", "p"].contains(words[index + 1].text), words[index + 1].start - word.end <= 1 { isTime = true }
            if index > 0, ["at", "says", "said", "shows", "showing"].contains(words[index - 1].text) { isTime = true }
            if isTime { times.append((hour % 12) * 60 + minutes) }
        }
        for (i, a) in times.enumerated() {
            for b in times[(i + 1)...] {
                let difference = abs(a - b) % 720
                if difference == 60 || difference == 660 { return true }
            }
        }
        return false
    }
}
