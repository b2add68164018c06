import NIOCore

/// A value that writes its own JSON with `JSONWriter`: for the responses on the hot path
/// (search), where Foundation's `JSONEncoder` cost more than the search itself (callgrind,
/// ten results: about 400,000 instructions against 170,000 for searching "pin"). Each
/// conformance is checked against `JSONEncoder`'s output of the same value by a test.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

/// JSON written once, straight into a byte array: objects, arrays, keys and values in
/// order, with the commas placed by the writer. The bytes go into a `ByteBuffer` in one
/// copy at the end: an append to an array costs a fraction of a `ByteBuffer` write, which
/// checks capacity, uniqueness and its writer index for every byte written.
struct JSONWriter {
    private var bytes: [UInt8] = []
    /// Bit `n` set: the container open at depth `n` already holds a member.
    private var holdsMember: UInt64 = 0
    private var depth = 0
    /// A key was just written: the value that follows takes no comma.
    private var afterKey = false

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON of `value` in a new buffer.
    static func encode(_ value: some JSONWritable, capacity: Int = 4096) -> ByteBuffer {
        var writer = JSONWriter(capacity: capacity)
        value.write(to: &writer)
        return ByteBuffer(bytes: writer.bytes)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\":")
        afterKey = true
    }

    mutating func string(_ value: String) {
        separate()
        writeQuoted(value)
    }

    mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite number in its shortest form that reads back the same (non-finite: null).
    mutating func double(_ value: Double) {
        separate()
        bytes.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        holdsMember &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(bracket)
    }

    /// The comma before a member of an array or object, unless it is the first or follows its key.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth)
        if holdsMember & bit != 0 { bytes.append(UInt8(ascii: ",")) } else { holdsMember |= bit }
    }

    /// `value` in quotes, with quotes, backslashes and control characters escaped; runs
    /// that need nothing are copied whole, and found eight bytes at a time.
    private mutating func writeQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { text in
            guard let base = text.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var start = 0
            var index = 0
            while index < text.count {
                if index + 8 <= text.count, !Self.needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = text[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<(index - 1)]))
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case UInt8(ascii: "\n"): append("\\n")
                case UInt8(ascii: "\r"): append("\\r")
                case UInt8(ascii: "\t"): append("\\t")
                default:
                    append("\\u00")
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0xF)])
                }
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<text.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes of `word` is a control character, a quote or a
    /// backslash (the bit tricks "has a byte below n" and "has a zero byte": exact as a yes
    /// or no, whatever the other bytes are).
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
