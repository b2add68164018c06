/// Builds the plain text of HTML: runs of whitespace become one space, block
/// boundaries become one newline, preformatted text is kept as it is.
struct PlainTextBuilder {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    /// Appends text, collapsing whitespace.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        // Runs of non-whitespace are copied at once.
        var run = 0
        for index in 0..<text.count where Self.isWhitespace(text[index]) {
            if index > run { appendWord(UnsafeBufferPointer(rebasing: text[run..<index])) }
            if let last = bytes.last, last != UInt8(ascii: "\n") { pendingSpace = true }
            run = index + 1
        }
        if text.count > run { appendWord(UnsafeBufferPointer(rebasing: text[run...])) }
    }

    /// Appends text without whitespace, after the pending space.
    private mutating func appendWord(_ word: UnsafeBufferPointer<UInt8>) {
        if pendingSpace { bytes.append(UInt8(ascii: " ")) }
        pendingSpace = false
        bytes.append(contentsOf: word)
    }

    /// Appends preformatted text unchanged.
    mutating func appendPreformatted(_ text: UnsafeBufferPointer<UInt8>) {
        if pendingSpace { bytes.append(UInt8(ascii: " ")) }
        pendingSpace = false
        bytes.append(contentsOf: text)
    }

    /// Separates inline content (table cells): one space before what follows.
    mutating func space() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { pendingSpace = true }
    }

    /// Ends a block: what follows starts on a new line.
    mutating func lineBreak() {
        pendingSpace = false
        while let last = bytes.last, last == UInt8(ascii: " ") { bytes.removeLast() }
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// The text, without trailing whitespace.
    func finished() -> String {
        var end = bytes.count
        while end > 0, Self.isWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Bytes written so far.
    var count: Int { bytes.count }

    /// Empties the builder, keeping its storage for the next text.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
}
