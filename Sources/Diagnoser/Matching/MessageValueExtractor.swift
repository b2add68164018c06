/// Finds values a person wrote inside the message ("She used +1 555 201 3344"), so their shape
/// can count as evidence when the field itself was not sent. Values stay in memory only.
struct MessageValueExtractor: Sendable {
    struct Found: Sendable {
        var emails: [String] = []
        var links: [String] = []
        var dates: [String] = []
        var phones: [String] = []
        /// Runs of 3 to 8 digits with nothing else: a code or PIN.
        var codes: [String] = []
    }

    /// The longest run of digits and separators read as one value.
    static let longestRun = 32

    private static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "(", "\"", "'", ">", "<", "]", "["]

    func find(in text: String) -> Found {
        var found = Found()
        let bytes = Array(text.utf8)
        if bytes.contains(where: MessageTokenizer.isDigit) { scanNumbers(bytes, into: &found) }
        // Whitespace-separated chunks that may be an address or a link.
        var start = 0
        while start < bytes.count {
            while start < bytes.count && MessageTokenizer.isSpace(bytes[start]) { start += 1 }
            var end = start
            var hasAt = false
            while end < bytes.count && !MessageTokenizer.isSpace(bytes[end]) {
                if bytes[end] == UInt8(ascii: "@") { hasAt = true }
                end += 1
            }
            if end > start, hasAt || Self.startsLikeLink(bytes[start..<end]) {
                classifyChunk(String(decoding: bytes[start..<end], as: UTF8.self), into: &found)
            }
            start = end
        }
        return found
    }

    /// Whether the chunk starts (after an opening bracket or quote) with "http" or "www." in any case.
    static func startsLikeLink(_ chunk: ArraySlice<UInt8>) -> Bool {
        var index = chunk.startIndex
        while index < chunk.endIndex, isOpening(chunk[index]) { index += 1 }
        guard chunk.endIndex - index >= 4 else { return false }
        // The first four bytes, each with its 0x20 bit set (ASCII lowercase), against "http" and "www." (whose "." has it set).
        let lowered = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(chunk[index + $1] | 0x20) }
        return lowered == http || lowered == www
    }

    /// The end of the chunk of `bytes` that starts at `start` (its next space), when the chunk
    /// starts like a link (`startsLikeLink`); nil otherwise. The chunk is read to its end only
    /// when its first letter after any opening bracket or quote is an "h" or a "w".
    static func linkEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, isOpening(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "h") || bytes[index] | 0x20 == UInt8(ascii: "w") else { return nil }
        var end = index
        while end < bytes.count, !MessageTokenizer.isSpace(bytes[end]) { end += 1 }
        return startsLikeLink(bytes[start..<end]) ? end : nil
    }

    /// `(`, `<`, `[`, a double or a single quote.
    private static func isOpening(_ byte: UInt8) -> Bool {
        byte == 0x28 || byte == 0x3C || byte == 0x5B || byte == 0x22 || byte == 0x27
    }
    private static let http = fourBytes("http")
    private static let www = fourBytes("www.")

    private static func fourBytes(_ text: String) -> UInt32 { text.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1 | 0x20) } }

    private func classifyChunk(_ chunk: String, into found: inout Found) {
        var word = Substring(chunk)
        while let first = word.first, Self.trailing.contains(first) { word = word.dropFirst() }
        while let last = word.last, Self.trailing.contains(last) { word = word.dropLast() }
        let lower = word.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
            found.links.append(String(word))
        } else if EmailReader.looksLikeAddress(word) {
            found.emails.append(String(word))
        }
    }

    /// Runs of digits and phone/date punctuation (spaces allowed between digit groups).
    private func scanNumbers(_ bytes: [UInt8], into found: inout Found) {
        func isPart(_ b: UInt8) -> Bool {
            MessageTokenizer.isDigit(b) || b == 32 || b == UInt8(ascii: "+") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")
        }
        var index = 0
        while index < bytes.count {
            guard MessageTokenizer.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "(") else { index += 1; continue }
            // A run must not start inside a word ("abc123").
            if index > 0, MessageTokenizer.isAlphanumeric(bytes[index - 1] | 0x20), !MessageTokenizer.isDigit(bytes[index - 1]) { index += 1; continue }
            var end = index
            while end < bytes.count && isPart(bytes[end]) { end += 1 }
            var run = bytes[index..<end]
            while let last = run.last, !MessageTokenizer.isDigit(last) && last != UInt8(ascii: ")") { run = run.dropLast() }
            // Reject runs glued to letters ("123abc"), unless the letters start a phone number's
            // extension written without a space ("555-0127ext 3", "555-0127x204").
            let gluedToWord = end < bytes.count && MessageTokenizer.isAlphanumeric(bytes[end] | 0x20) && run.endIndex == end
                && !(run.filter(MessageTokenizer.isDigit).count >= 7 && Self.extensionEnd(bytes, from: end) != nil)
            index = end
            // No phone, date or code is longer than this: a longer run is a table of numbers, not a value.
            guard !run.isEmpty, !gluedToWord, run.count <= Self.longestRun else { continue }
            var text = String(decoding: run, as: UTF8.self)
            // A phone number's extension written after it: "555-201-3344 ext 22", "x204", "#12".
            if run.filter(MessageTokenizer.isDigit).count >= 7, let extensionEnd = Self.extensionEnd(bytes, from: run.endIndex) {
                text = String(decoding: bytes[run.startIndex..<extensionEnd], as: UTF8.self)
                index = extensionEnd
            }
            classify(text, into: &found)
        }
    }

    /// Where an extension that follows a phone number at `start` ends (" ext. 22", " x204", " #12"), or nil.
    static func extensionEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, bytes[index] == 32 || bytes[index] == UInt8(ascii: ",") { index += 1 }
        let lowered = bytes[index..<min(bytes.count, index + 9)].map { $0 | 0x20 }
        var marker = 0
        for word in ["extension", "ext", "x", "#"] where lowered.starts(with: Array(word.utf8)) { marker = word.utf8.count; break }
        guard marker > 0 else { return nil }
        index += marker
        while index < bytes.count, bytes[index] == 32 || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ":") { index += 1 }
        let digitsStart = index
        while index < bytes.count, MessageTokenizer.isDigit(bytes[index]) { index += 1 }
        guard index > digitsStart, index - digitsStart <= 6 else { return nil }
        return index
    }

    private func classify(_ run: String, into found: inout Found) {
        let digits = run.filter(\.isNumber).count
        let groups = run.split(whereSeparator: { !$0.isNumber })
        let separators = Set(run.filter { "/-.".contains($0) })
        if groups.count == 3, separators.count == 1, !run.contains(" "), !run.contains("("),
           groups[0].count <= 4, groups[1].count <= 2, groups[2].count <= 4, groups[2].count >= 2,
           separators == ["/"] || groups[0].count == 4 || groups[2].count == 2 || (groups[0].count <= 2 && groups[2].count == 4 && separators != ["."] && groups[1].count <= 2) {
            // 06/15/1970, 1970-06-15, 06-15-70, 15-06-1970 — but not 555-123-4567 (groups[1] has 3 digits).
            found.dates.append(run)
            return
        }
        if digits >= 7 && digits <= 15 && !run.contains("/") {
            found.phones.append(run)
            return
        }
        // A code typed with spaces in it ("12 34 5") is still one code.
        if groups.count >= 2, digits >= 4, digits <= 8, run.allSatisfy({ $0.isNumber || $0 == " " }) {
            found.codes.append(run)
            return
        }
        if groups.count == 1, digits >= 3, digits <= 8, run.allSatisfy(\.isNumber) {
            found.codes.append(run)
        }
    }
}
