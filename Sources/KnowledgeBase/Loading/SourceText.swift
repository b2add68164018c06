/// The bytes of one content file, checked to be text: UTF-8, no NUL bytes, without a
/// byte-order mark and with `\n` line ends.
struct SourceText {
    /// The file's UTF-8 bytes (BOM removed, CRLF and lone CR turned into LF).
    let bytes: [UInt8]

    /// Why a file is not usable text, and on which line.
    struct Rejection: Error {
        var line: Int
        var reason: String
    }

    init(bytes: [UInt8]) throws(Rejection) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw Rejection(line: Self.line(at: nul, in: bytes), reason: "binary file (NUL byte), not a text article")
        }
        if let bad = Self.firstInvalidUTF8(in: bytes) {
            throw Rejection(line: Self.line(at: bad, in: bytes), reason: "not valid UTF-8 (invalid byte at offset \(bad)); save the file as UTF-8")
        }
        if bytes.contains(UInt8(ascii: "\r")) { bytes = Self.normalizingLineEnds(bytes) }
        self.bytes = bytes
    }

    /// The 1-based line of byte `offset`.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") { line += 1 }
        return line
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
                if byte < low || byte > high { return index }
            }
            index += length
        }
        return nil
    }

    private static func normalizingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                result.append(UInt8(ascii: "\n"))
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }
}
