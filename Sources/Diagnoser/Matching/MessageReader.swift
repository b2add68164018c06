import KnowledgeBase

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
        /// In a message about a password, the person says they used it once already ("I already used
        /// it once", "last week I reset my password with the link").
        var saysUsedBefore = false
        /// A date in numbers that could be read either way (05/06/1980) is told in words day first
        /// too ("born on 5 June"): the person typed the day first.
        var dayFirst = false
    }

    /// A word or number of the text with its place (byte offsets into the folded text).
    struct Word: Sendable {
        var text: String
        var start: Int
        var end: Int
        /// False when the word is certainly in none of the tables words are looked up in one by one
        /// (month names, the words naming a field, counted nouns, password words).
        var mayBeListed = true
        var isNumber: Bool { text.utf8.allSatisfy(MessageTokenizer.isDigit) }
    }

    /// The words of the message's language (and English's) that this reader looks for.
    let vocabulary: MessageWords
    /// The words each word of a message is looked up for (`Word.mayBeListed`).
    private let listed: WordFilter

    /// A reader of messages written in `language` (English words are read in every language).
    init(language: Language = .original) {
        vocabulary = MessageWords.reading(language)
        var listed = WordFilter()
        let words = [Set(vocabulary.months.keys), vocabulary.pinWords, vocabulary.codeWords, vocabulary.birthWords, vocabulary.phoneWords,
                     Set(vocabulary.countedNouns.keys), vocabulary.passwordWords, vocabulary.tailWords,
                     vocabulary.usedWords, vocabulary.earlierWords]
        for word in words.joined() { listed.insert(Array(word.utf8)) }
        self.listed = listed
    }

    /// How many codes of a message are considered.
    static let candidateLimit = 16
    /// How far (in bytes) a field's word may be from the value it names.
    static let nearness = 80

    func read(_ text: String) -> Reading {
        read(text, folded: MessageTokenizer.foldedBytes(text))
    }

    /// Reads `text`, whose folded bytes (`MessageTokenizer.foldedBytes`) the caller already has.
    func read(_ text: String, folded: [UInt8]) -> Reading {
        var found = MessageValueExtractor().find(in: text)
        // Only the first few of each kind are used; a text full of numbers is not read in full.
        found.codes = Array(found.codes.prefix(Self.candidateLimit))
        var reading = Reading(emails: found.emails, links: found.links, dates: found.dates, phones: found.phones)
        var words = Self.words(folded)
        for index in words.indices {
            words[index].mayBeListed = listed.mayContain(hash: WordFilter.hash(folded[words[index].start..<words[index].end]))
        }
        let pinPlaces = words.filter { $0.mayBeListed && vocabulary.pinWords.contains($0.text) }.map(\.start)
        let codePlaces = words.filter { $0.mayBeListed && vocabulary.codeWords.contains($0.text) }.map(\.start)
        let birthPlaces = words.filter { $0.mayBeListed && vocabulary.birthWords.contains($0.text) }.map(\.start)

        // Digit runs that are a date of birth by their words: "born 030990", "DOB … 09141977". An
        // unbroken run of seven or eight digits is taken as a phone number by its length alone, so
        // it is weighed here too, against the phone words as well.
        let phonePlaces = words.filter { $0.mayBeListed && vocabulary.phoneWords.contains($0.text) }.map(\.start)
        let unbrokenRuns = Array(found.phones.lazy
            .filter { (7...8).contains($0.utf8.count) && $0.utf8.allSatisfy(MessageTokenizer.isDigit) }
            .prefix(Self.candidateLimit))
        let eightDigitRuns = unbrokenRuns.filter { $0.utf8.count == 8 }
        var datesFromDigits = Set<String>()
        for run in found.codes + eightDigitRuns where (run.count == 6 || run.count == 8) {
            guard let at = Self.offset(of: run, in: folded),
                  Self.distance(at, birthPlaces) <= Self.nearness,
                  Self.distance(at, birthPlaces) < Self.distance(at, pinPlaces + codePlaces + phonePlaces) else { continue }
            let reading = DateOfBirthReader.reading(of: Substring(run))
            if reading.plausible { datesFromDigits.insert(run) }
        }
        let written = writtenDates(words, folded: folded)
        reading.dayFirst = Self.saysDayFirst(numeric: found.dates, written: written)
        reading.dates.append(contentsOf: written.map(\.span))
        reading.dates.append(contentsOf: (found.codes + eightDigitRuns).filter(datesFromDigits.contains))
        reading.phones.removeAll(where: datesFromDigits.contains)
        // The same unbroken runs nearer a PIN or code word than a phone word: a code typed with too
        // many digits ("what she's entering - 40215577, 8 digits"), read as codes are.
        var codes: [(text: String, at: Int)] = []
        for run in unbrokenRuns where !datesFromDigits.contains(run) {
            guard let at = Self.offset(of: run, in: folded) else { continue }
            let toField = min(Self.distance(at, pinPlaces), Self.distance(at, codePlaces))
            if toField <= Self.nearness, toField < Self.distance(at, phonePlaces) { codes.append((run, at)) }
        }
        let codesFromRuns = Set(codes.map(\.text))
        reading.phones.removeAll(where: codesFromRuns.contains)

        // Codes: those runs, digit runs, and runs with a letter O or l among the digits (read from a screen or a text).
        for code in found.codes where !datesFromDigits.contains(code) {
            codes.append((code, Self.offset(of: code, in: folded) ?? 0))
        }
        for word in Self.chunks(text) where Self.isCodeWithLookAlikes(word.text) {
            codes.append((word.text, word.start))
        }
        codes.sort { $0.at < $1.at }
        for code in codes where !isTail(at: code.at, words) {
            let toPIN = Self.distance(code.at, pinPlaces), toCode = Self.distance(code.at, codePlaces)
            var field: String?
            if min(toPIN, toCode) <= Self.nearness { field = toPIN < toCode ? "pin" : "securityCode" }
            reading.codes.append(Code(text: code.text, field: field))
        }
        if let first = reading.dates.first, let at = Self.offset(of: first.lowercased(), in: folded) {
            reading.datesNamed = Self.distance(at, birthPlaces) <= Self.nearness
        }
        if let first = reading.phones.first, let at = Self.offset(of: first.lowercased(), in: folded) {
            reading.phonesNamed = Self.distance(at, phonePlaces) <= Self.nearness
        }
        reading.counts = counts(words)
        reading.flow = flow(words)
        reading.timesHourApart = timesHourApart(words, folded: folded)
        reading.saysUsedBefore = saysUsedBefore(words)
        return reading
    }

    /// Whether the number at byte `at` is only the end of another number ("a code to your phone
    /// ending in 0187"): it names that number, it is not a value the person typed.
    func isTail(at: Int, _ words: [Word]) -> Bool {
        guard let index = words.firstIndex(where: { $0.end > at }) else { return false }
        var back = index - 1
        if back >= 0, vocabulary.tailJoiners.contains(words[back].text) { back -= 1 }
        return back >= 0 && words[back].mayBeListed && vocabulary.tailWords.contains(words[back].text)
    }

    // MARK: Words

    /// Letter runs and digit runs of the folded text, with offsets. A link is left out whole: its
    /// letters and digits ("…%3A%2F…", "data=05%7C02") are no words the person wrote, and would
    /// read as clock times, counts or field names.
    static func words(_ folded: [UInt8]) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            if index == 0 || MessageTokenizer.isSpace(folded[index - 1]), let end = MessageValueExtractor.linkEnd(in: folded, from: index) {
                index = end
                continue
            }
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

    /// A date written with its month in words: the span as written (folded), and its numbers.
    struct WrittenDate: Sendable, Hashable {
        var span: String
        var day: Int?
        var month: Int
        var year: Int?
    }

    /// "March 3rd 1990", "3 March 1990", "14th of July, 1985", "July 14, 1985", "3 de marzo de 1990",
    /// "el 1ro de julio del 1975", "primero de mayo de 1962": month names, ordinals and joining words
    /// of the reader's languages.
    func writtenDates(_ words: [Word], folded: [UInt8]) -> [WrittenDate] {
        var dates: [WrittenDate] = []
        var index = 0
        while index < words.count {
            guard words[index].mayBeListed, let month = vocabulary.months[words[index].text] else { index += 1; continue }
            var first = index, last = index
            var day: Int?, year: Int?
            // A day before the month: "14th of July", "3 March", "1ro de julio", "primero de mayo".
            var back = index - 1
            if back >= 0, vocabulary.dateJoiners.contains(words[back].text) { back -= 1 }
            if back >= 0, vocabulary.dayWords[words[back].text] != nil {
                day = vocabulary.dayWords[words[back].text]; first = back
            } else {
                if back >= 0, vocabulary.ordinalSuffixes.contains(words[back].text) { back -= 1 }
                if back >= 0, words[back].isNumber, let number = Int(words[back].text), number >= 1, number <= 31 { day = number; first = back }
            }
            // A day and a year after it: "March 3rd 1990", "July 14, 1985", "marzo de 1990".
            var ahead = index + 1
            if first == index, ahead < words.count, words[ahead].isNumber, words[ahead].text.count <= 2 {
                day = Int(words[ahead].text); last = ahead; ahead += 1
                if ahead < words.count, vocabulary.ordinalSuffixes.contains(words[ahead].text) { last = ahead; ahead += 1 }
            }
            if ahead + 1 < words.count, vocabulary.dateJoiners.contains(words[ahead].text), words[ahead + 1].isNumber { ahead += 1 }
            if ahead < words.count, words[ahead].isNumber, words[ahead].text.count == 4 { year = Int(words[ahead].text); last = ahead }
            // A month name alone ("may") or without a number next to it is not a date.
            if last > first, words[last].start - words[first].end < 40 {
                let span = String(decoding: folded[words[first].start..<words[last].end], as: UTF8.self)
                dates.append(WrittenDate(span: span, day: day, month: month, year: year))
            }
            index = last + 1
        }
        return dates
    }

    /// Whether a date in numbers whose first two numbers could each be the month (05/06/1980) is
    /// also written in words with the first number as the day ("5 de junio"): then it was typed day first.
    static func saysDayFirst(numeric: [String], written: [WrittenDate]) -> Bool {
        for date in numeric {
            let numbers = date.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 3, numbers[0] <= 12, numbers[1] <= 12, numbers[0] != numbers[1] else { continue }
            if written.contains(where: { $0.day == numbers[0] && $0.month == numbers[1] && ($0.year == nil || $0.year == numbers[2]) }) {
                return true
            }
        }
        return false
    }

    // MARK: Counts

    /// "got the invite twice", "two invitations", "requested several codes": the largest count said
    /// within three words of what it counts. Digits count only right before the noun ("3 codes").
    /// A count word right before "one" counts the thing named last, up to 15 words back ("I lost
    /// the invitation, so they sent a new one").
    func counts(_ words: [Word]) -> [String: Int] {
        var counts: [String: Int] = [:]
        var lastNoun: (key: String, index: Int)?
        for (index, word) in words.enumerated() {
            // "one" stands for the thing counted last ("deleted the invitation, so they sent a new one").
            if vocabulary.standInWords.contains(word.text), let noun = lastNoun, index - noun.index <= 15, index > 0,
               let count = vocabulary.countWords[words[index - 1].text] ?? (index > 1 ? vocabulary.countWords[words[index - 2].text] : nil),
               count > 1 {
                counts[noun.key] = max(counts[noun.key] ?? 0, count)
            }
            guard word.mayBeListed, let key = vocabulary.countedNouns[word.text] else { continue }
            lastNoun = (key, index)
            var count = 0
            for near in words[max(0, index - 3)..<min(words.count, index + 4)] {
                count = max(count, vocabulary.countWords[near.text] ?? 0)
            }
            if index > 0, words[index - 1].isNumber, let number = Int(words[index - 1].text), number >= 2, number <= 9 {
                count = max(count, number)
            }
            if count > 1 { counts[key] = max(counts[key] ?? 0, count) }
        }
        return counts
    }

    // MARK: Flow and times

    /// Whether a word of using stands within three words of a word that puts it earlier, in a
    /// message that names a password: "i already used it once", "last week I reset my password".
    func saysUsedBefore(_ words: [Word]) -> Bool {
        guard words.contains(where: { $0.mayBeListed && vocabulary.passwordWords.contains($0.text) }) else { return false }
        for (index, word) in words.enumerated() where word.mayBeListed && vocabulary.usedWords.contains(word.text) {
            let around = words[max(0, index - 3)..<min(words.count, index + 4)]
            if around.contains(where: { $0.mayBeListed && vocabulary.earlierWords.contains($0.text) }) { return true }
        }
        return false
    }

    /// `password-reset` when "reset" or "forgot" ("olvidé", "restablecer") stands next to "password"
    /// ("contraseña"), either order.
    func flow(_ words: [Word]) -> String? {
        for (index, word) in words.enumerated() where word.mayBeListed && vocabulary.passwordWords.contains(word.text) {
            let around = words[max(0, index - 3)..<min(words.count, index + 3)]
            if around.contains(where: { vocabulary.isReset($0.text) }) {
                return "password-reset"
            }
        }
        return nil
    }

    /// Clock times ("9:30", "10 am", "at 9") in minutes after midnight, compared on a 12-hour dial.
    func timesHourApart(_ words: [Word], folded: [UInt8]) -> Bool {
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
            if index > 0, vocabulary.timeLeadWords.contains(words[index - 1].text) { isTime = true }
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
