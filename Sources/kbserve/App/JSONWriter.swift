import NIOCore

/// A value that writes its own JSON with `JSONWriter`: for the responses on the hot path
/// (search), where Foundation's `JSONEncoder` cost more than the search itself (callgrind,
/// ten results: about 400,000 instructions against 170,000 for searching "pin"). Each
/// conformance is checked against `JSONEncoder`'s output of the same value by a test.
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

/// JSON written once, straight into a byte buffer: objects, arrays, keys and values in
/// order, with the commas placed by the writer.
struct JSONWriter {
    private(set) var buffer: ByteBuffer
    /// Bit `n` set: the container open at depth `n` already holds a member.
    private var holdsMember: UInt64 = 0
    private var depth = 0
    /// A key was just written: the value that follows takes no comma.
    private var afterKey = false

    init(capacity: Int = 4096) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// The JSON of `value` in a new buffer.
    static func encode(_ value: some JSONWritable, capacity: Int = 4096) -> ByteBuffer {
        var writer = JSONWriter(capacity: capacity)
        value.write(to: &writer)
        return writer.buffer
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ name: StaticString) {
        separate()
        buffer.writeInteger(UInt8(ascii: "\""))
        buffer.writeStaticString(name)
        buffer.writeStaticString("\":")
        afterKey = true
    }

    mutating func string(_ value: String) {
        separate()
        writeQuoted(value)
    }

    mutating func bool(_ value: Bool) {
        separate()
        buffer.writeStaticString(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        separate()
        buffer.writeString(String(value))
    }

    /// A finite number in its shortest form that reads back the same (non-finite: null).
    mutating func double(_ value: Double) {
        separate()
        buffer.writeString(value.isFinite ? value.description : "null")
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        buffer.writeInteger(bracket)
        depth += 1
        holdsMember &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        buffer.writeInteger(bracket)
    }

    /// The comma before a member of an array or object, unless it is the first or follows its key.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth)
        if holdsMember & bit != 0 { buffer.writeInteger(UInt8(ascii: ",")) } else { holdsMember |= bit }
    }

    /// `value` in quotes, with quotes, backslashes and control characters escaped; runs
    /// that need nothing are copied whole.
    private mutating func writeQuoted(_ value: String) {
        buffer.writeInteger(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                default:
                    buffer.writeStaticString("\\u00")
                    buffer.writeInteger(Self.hexDigits[Int(byte >> 4)])
                    buffer.writeInteger(Self.hexDigits[Int(byte & 0xF)])
                }
                start = index + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<bytes.count]))
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
