/// Splits text into words and keeps what people paste searchable: error codes (C2001,
/// LNK2019, 0x800706d9, 404), numbers, contractions ("can't"), and compounds joined by
/// `.`, `-`, `_` or `@` (system.dll, wi-fi, e-mail, name@example.com).
///
/// A compound is emitted as its parts plus the whole, at the first part's position
/// (Lucene's WordDelimiterGraphFilter with catenation): "e-mail" gives "e", "email", "mail";
/// "system.dll" gives "system", "system.dll", "dll". Hyphens are dropped from the whole
/// (so "e-mail" finds "email" and "wi-fi" finds "wifi"); other joiners are kept.
public struct Tokenizer: Sendable {
    /// Words longer than this many UTF-8 bytes (base64 blobs, hashes) are skipped.
    public var maxTokenBytes: Int

    public init(maxTokenBytes: Int = 64) { self.maxTokenBytes = maxTokenBytes }

    /// The tokens of `text`, with raw (unnormalized) terms and UTF-8 offsets.
    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        // About one token per six bytes of prose: room for most texts at once.
        tokens.reserveCapacity(text.utf8.count / 6 + 2)
        var text = text
        text.withUTF8 { bytes in
            scan(bytes) { raw in
                tokens.append(Token(term: raw.text(in: bytes), positionIncrement: raw.positionIncrement,
                                    start: raw.start, end: raw.end))
            }
        }
        return tokens
    }

    /// A token as byte offsets, before it becomes a `String` (the index builder interns these).
    struct RawToken {
        var start: Int
        var end: Int
        var positionIncrement: Int
        /// The whole of a compound: its text is the bytes without hyphens.
        var isCompoundWhole: Bool

        func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if isCompoundWhole { return String(decoding: slice.lazy.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) }
            return String(decoding: slice, as: UTF8.self)
        }
    }

    private enum CharClass { case word, apostrophe, joiner, other }

    /// The class of each ASCII byte: 0 other, 1 word, 2 apostrophe, 3 joiner.
    private static let asciiClasses: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return 1
        case UInt8(ascii: "'"): return 2
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "@"): return 3
        default: return 0
        }
    }

    /// Classifies the character at `index`; returns its class and byte length.
    @inline(__always)
    private func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ ascii: UnsafeBufferPointer<UInt8>) -> (CharClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch ascii[Int(byte)] {
            case 1: return (.word, 1)
            case 2: return (.apostrophe, 1)
            case 3: return (.joiner, 1)
            default: return (.other, 1)
            }
        }
        return classifyScalar(bytes, index)
    }

    private func classifyScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (CharClass, Int) {
        let byte = bytes[index]
        // Decode one non-ASCII scalar.
        var length = 1
        var value: UInt32
        if byte & 0xE0 == 0xC0 { length = 2; value = UInt32(byte & 0x1F) }
        else if byte & 0xF0 == 0xE0 { length = 3; value = UInt32(byte & 0x0F) }
        else if byte & 0xF8 == 0xF0 { length = 4; value = UInt32(byte & 0x07) }
        else { return (.other, 1) }
        guard index + length <= bytes.count else { return (.other, bytes.count - index) }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (.other, length) }
        if value == 0x2019 || value == 0x02BC { return (.apostrophe, length) }  // ’ ʼ
        if value == 0x2010 || value == 0x2011 { return (.joiner, length) }  // hyphens
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return (.word, length) }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return (.word, length)
        default: return (.other, length)
        }
    }

    /// Calls `body` for every token of `bytes`, in order.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (RawToken) -> Void) {
        Self.asciiClasses.withUnsafeBufferPointer { ascii in scan(bytes, ascii, body) }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ ascii: UnsafeBufferPointer<UInt8>, _ body: (RawToken) -> Void) {
        let count = bytes.count
        var index = 0
        var parts: [(start: Int, end: Int)] = []
        while index < count {
            let (kind, length) = classify(bytes, index, ascii)
            guard kind == .word else { index += length; continue }
            // A compound: word runs joined by single joiners (apostrophes stay inside a part).
            parts.removeAll(keepingCapacity: true)
            var partStart = index
            var cursor = index
            while cursor < count {
                let (kind, length) = classify(bytes, cursor, ascii)
                if kind == .word { cursor += length; continue }
                if kind == .other { break }
                let next = cursor + length
                guard next < count, classify(bytes, next, ascii).0 == .word else { break }
                if kind == .joiner {
                    parts.append((partStart, cursor))
                    partStart = next
                }
                cursor = next
            }
            parts.append((partStart, cursor))
            index = cursor
            guard cursor - parts[0].start <= maxTokenBytes || parts.count > 1 else { continue }
            let wholeStart = parts[0].start
            for (number, part) in parts.enumerated() {
                if part.end - part.start <= maxTokenBytes {
                    body(RawToken(start: part.start, end: part.end, positionIncrement: 1, isCompoundWhole: false))
                }
                if number == 0, parts.count > 1, cursor - wholeStart <= maxTokenBytes {
                    body(RawToken(start: wholeStart, end: cursor, positionIncrement: 0, isCompoundWhole: true))
                }
            }
        }
    }
}
