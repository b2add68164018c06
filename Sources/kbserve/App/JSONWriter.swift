import NIOCore

/// A value that writes itself as JSON with `JSONWriter` (the hot API responses: search,
/// suggest, articles), skipping `JSONEncoder`'s boxing. Keys and values are the same as
/// the type's `Encodable` form; nil optionals are left out, as `JSONEncoder` does.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

/// Writes compact JSON straight into a `ByteBuffer`. Strings are escaped per RFC 8259
/// (quote, backslash and every control character), plus U+2028 and U+2029 so that the
/// output is also safe inside JavaScript; non-finite numbers, which JSON cannot hold,
/// are written as `null`. Commas are placed automatically: call `key` before each member
/// of an object, then exactly one value (or container).
struct JSONWriter {
    private(set) var buffer: ByteBuffer
    /// Whether the next key or array element needs a comma before it.
    private var needsComma = false

    init(capacity: Int = 1_024) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// The JSON of `value`.
    static func buffer(_ value: some JSONWritable, capacity: Int = 1_024) -> ByteBuffer {
        var writer = JSONWriter(capacity: capacity)
        value.write(to: &writer)
        return writer.buffer
    }

    /// The JSON of `value`, as a string (for tests and logs).
    static func string(_ value: some JSONWritable) -> String {
        String(buffer: buffer(value))
    }

    // MARK: Containers

    mutating func beginObject() {
        separate()
        buffer.writeInteger(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        buffer.writeInteger(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        buffer.writeInteger(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        buffer.writeInteger(UInt8(ascii: "]"))
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
        buffer.writeInteger(UInt8(ascii: ":"))
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
        buffer.writeString(String(number))
        needsComma = true
    }

    /// Like `JSONEncoder`: the shortest representation that reads back as the same
    /// value, without a trailing `.0`; `null` for infinities and NaN.
    mutating func value(_ number: Double) {
        separate()
        if number.isFinite {
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            buffer.writeString(text)
        } else {
            buffer.writeStaticString("null")
        }
        needsComma = true
    }

    mutating func value(_ bool: Bool) {
        separate()
        if bool { buffer.writeStaticString("true") } else { buffer.writeStaticString("false") }
        needsComma = true
    }

    mutating func null() {
        separate()
        buffer.writeStaticString("null")
        needsComma = true
    }

    // MARK: Escaping

    private mutating func separate() {
        if needsComma { buffer.writeInteger(UInt8(ascii: ",")) }
    }

    private mutating func writeString(_ string: String) {
        buffer.writeInteger(UInt8(ascii: "\""))
        let wasContiguous = string.utf8.withContiguousStorageIfAvailable { writeEscaped($0) } != nil
        if !wasContiguous {
            var copy = string
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { writeEscaped($0) }
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Copies runs of plain bytes at once; escapes the rest.
    private mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let escapeLength: Int
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                escapeLength = 1
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                escapeLength = 3  // U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR
            } else {
                index += 1
                continue
            }
            if runStart < index { buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[runStart..<index])) }
            if escapeLength == 3 {
                buffer.writeStaticString(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            } else {
                writeEscape(byte)
            }
            index += escapeLength
            runStart = index
        }
        if runStart < count { buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    private mutating func writeEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
        case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
        case 0x08: buffer.writeStaticString("\\b")
        case 0x0C: buffer.writeStaticString("\\f")
        case 0x0A: buffer.writeStaticString("\\n")
        case 0x0D: buffer.writeStaticString("\\r")
        case 0x09: buffer.writeStaticString("\\t")
        default:
            buffer.writeStaticString("\\u00")
            buffer.writeInteger(Self.hexDigits[Int(byte >> 4)])
            buffer.writeInteger(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
