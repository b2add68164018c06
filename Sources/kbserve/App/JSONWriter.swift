import NIOCore

/// A value that writes itself as JSON with `JSONWriter` (the hot API responses: search,
/// suggest, articles), skipping `JSONEncoder`'s boxing. Keys and values are the same as
/// the type's `Encodable` form; nil optionals are left out, as `JSONEncoder` does.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

/// Writes compact JSON into a byte array (appending to an array costs less than writing
/// byte by byte into a `ByteBuffer`; the result is copied into one at the end). Strings are escaped per RFC 8259
/// (quote, backslash and every control character), plus U+2028 and U+2029 so that the
/// output is also safe inside JavaScript; non-finite numbers, which JSON cannot hold,
/// are written as `null`. Commas are placed automatically: call `key` before each member
/// of an object, then exactly one value (or container).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key or array element needs a comma before it.
    private var needsComma = false

    init(capacity: Int = 1_024) {
        bytes.reserveCapacity(capacity)
    }

    /// What was written.
    var buffer: ByteBuffer { ByteBuffer(bytes: bytes) }

    /// The JSON of `value`.
    static func buffer(_ value: some JSONWritable, capacity: Int = 1_024) -> ByteBuffer {
        var writer = JSONWriter(capacity: capacity)
        value.write(to: &writer)
        return writer.buffer
    }

    /// The JSON of `value`, as a string (for tests and logs).
    static func string(_ value: some JSONWritable) -> String {
        var writer = JSONWriter()
        value.write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    // MARK: Containers

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An object: `body` writes its members.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// An array of `elements`, each written by `element`.
    mutating func array<S: Sequence>(_ elements: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        beginArray()
        for item in elements { element(&self, item) }
        endArray()
    }

    /// An array of writable values.
    mutating func array<S: Sequence>(_ elements: S) where S.Element: JSONWritable {
        array(elements) { json, item in item.write(to: &json) }
    }

    /// An array of strings.
    mutating func array<S: Sequence>(_ elements: S) where S.Element == String {
        array(elements) { json, item in json.value(item) }
    }

    // MARK: Members

    /// A member's key; the next value written is its value.
    mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func member(_ name: String, _ value: String) {
        key(name)
        self.value(value)
    }

    /// Left out when nil.
    mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        member(name, value)
    }

    mutating func member(_ name: String, _ value: Int) {
        key(name)
        self.value(value)
    }

    mutating func member(_ name: String, _ value: Double) {
        key(name)
        self.value(value)
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        self.value(value)
    }

    mutating func member(_ name: String, _ value: some JSONWritable) {
        key(name)
        value.write(to: &self)
    }

    /// Left out when nil.
    mutating func member(_ name: String, _ value: (some JSONWritable)?) {
        guard let value else { return }
        member(name, value)
    }

    // MARK: Values

    mutating func value(_ string: String) {
        separate()
        writeString(string)
        needsComma = true
    }

    mutating func value(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
        needsComma = true
    }

    /// Like `JSONEncoder`: the shortest representation that reads back as the same
    /// value, without a trailing `.0`; `null` for infinities and NaN.
    mutating func value(_ number: Double) {
        separate()
        if number.isFinite {
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        } else {
            append("null")
        }
        needsComma = true
    }

    mutating func value(_ bool: Bool) {
        separate()
        if bool { append("true") } else { append("false") }
        needsComma = true
    }

    mutating func null() {
        separate()
        append("null")
        needsComma = true
    }

    // MARK: Escaping

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        let wasContiguous = string.utf8.withContiguousStorageIfAvailable { writeEscaped($0) } != nil
        if !wasContiguous {
            var copy = string
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { writeEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Bytes that are escaped (controls, quote, backslash) or may start U+2028/U+2029 (0xE2).
    private static let needsCheck: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == Int(UInt8(ascii: "\"")) || byte == Int(UInt8(ascii: "\\")) || byte == 0xE2
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Copies runs of plain bytes at once; escapes the rest.
    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let needsCheck = Self.needsCheck
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            guard needsCheck[Int(byte)] else {
                index += 1
                continue
            }
            let escapeLength: Int
            if byte != 0xE2 {
                escapeLength = 1
            } else if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] & 0xFE == 0xA8 {
                escapeLength = 3  // U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR
            } else {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            if escapeLength == 3 {
                append(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            } else {
                writeEscape(byte)
            }
            index += escapeLength
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
    }

    private mutating func writeEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        default:
            append("\\u00")
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
