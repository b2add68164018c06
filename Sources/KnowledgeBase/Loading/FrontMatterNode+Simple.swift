extension FrontMatterNode {
    /// Reads front matter that is flat `key: value` lines without Yams: values are plain
    /// scalars, single-line quoted scalars (no escapes), one-line flow lists (`["a", b]`), or
    /// block lists of such scalars (`- item` lines). The result is the node Yams composes.
    /// `nil` for anything else (multi-line or escaped scalars, nested mappings, comments after
    /// values, anchors, tags, repeated keys, characters YAML forbids, no keys at all): Yams
    /// reads those, and reports what is malformed.
    static func simple(_ yaml: String) -> FrontMatterNode? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var reader = SimpleReader(bytes: bytes)
            return reader.read()
        }
    }
}

/// The line reader of `FrontMatterNode.simple`.
private struct SimpleReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Line starts and ends (without the newline).
    private var lines: [(start: Int, end: Int)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func read() -> FrontMatterNode? {
        guard Self.allowed(bytes) else { return nil }
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            lines.append((start, index))
            start = index + 1
        }
        if start < bytes.count { lines.append((start, bytes.count)) }

        var entries: [(key: String?, keyLine: Int?, value: FrontMatterNode)] = []
        var keys: Set<String> = []
        var line = 0
        while line < lines.count {
            let (start, end) = lines[line]
            if isBlank(start, end) || bytes[start] == UInt8(ascii: "#") {
                line += 1
                continue
            }
            guard Self.isKeyStart(bytes[start]) else { return nil }
            var colon = start
            while colon < end, Self.isKeyByte(bytes[colon]) { colon += 1 }
            guard colon < end, bytes[colon] == UInt8(ascii: ":"), colon + 1 == end || bytes[colon + 1] == 0x20 else { return nil }
            let key = string(start, colon)
            guard keys.insert(key).inserted else { return nil }
            let keyLine = line + 1
            var valueStart = colon + 1
            while valueStart < end, bytes[valueStart] == 0x20 { valueStart += 1 }
            line += 1
            let value: FrontMatterNode
            if valueStart == end {
                guard let list = blockList(from: &line) else { return nil }
                value = list ?? .scalar("", isPlain: true, line: keyLine)
            } else {
                guard let scalar = inlineValue(valueStart, end, line: keyLine) else { return nil }
                value = scalar
            }
            entries.append((key, keyLine, value))
        }
        guard let first = entries.first else { return nil }
        return .mapping(entries, line: first.keyLine)
    }

    /// The `- item` lines that follow a key without a value: `.some(nil)` when none follow,
    /// `nil` when what follows is not a simple list.
    private func blockList(from line: inout Int) -> FrontMatterNode?? {
        var items: [FrontMatterNode] = []
        var indent: Int?
        var firstLine = 0
        while line < lines.count {
            let (start, end) = lines[line]
            var dash = start
            while dash < end, bytes[dash] == 0x20 { dash += 1 }
            if dash == end {
                // A blank line inside a list, or before the next key: leave both to Yams.
                return indent == nil ? .some(nil) : nil
            }
            guard bytes[dash] == UInt8(ascii: "-") else {
                // The next key (at the start of the line) ends the list; anything else is not simple.
                return dash == start ? .some(items.isEmpty ? nil : .sequence(items, line: firstLine)) : nil
            }
            guard dash + 1 < end, bytes[dash + 1] == 0x20 else { return nil }
            if let indent {
                guard dash - start == indent else { return nil }
            } else {
                indent = dash - start
                firstLine = line + 1
            }
            var valueStart = dash + 2
            while valueStart < end, bytes[valueStart] == 0x20 { valueStart += 1 }
            guard valueStart < end, let item = inlineValue(valueStart, end, line: line + 1), item.scalar != nil else {
                return nil
            }
            items.append(item)
            line += 1
        }
        return .some(items.isEmpty ? nil : .sequence(items, line: firstLine))
    }

    /// A value on the rest of a line: a plain or quoted scalar, or a flow list.
    private func inlineValue(_ start: Int, _ end: Int, line: Int) -> FrontMatterNode? {
        var end = end
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let (text, after) = quoted(start, end), after == end else { return nil }
            return .scalar(text, isPlain: false, line: line)
        case UInt8(ascii: "["):
            return flowList(start, end, line: line)
        default:
            guard plainIsSimple(start, end, inFlow: false) else { return nil }
            return .scalar(string(start, end), isPlain: true, line: line)
        }
    }

    /// `["a", 'b', c]` on one line.
    private func flowList(_ start: Int, _ end: Int, line: Int) -> FrontMatterNode? {
        guard bytes[end - 1] == UInt8(ascii: "]") else { return nil }
        var items: [FrontMatterNode] = []
        var index = start + 1
        let close = end - 1
        while true {
            while index < close, bytes[index] == 0x20 { index += 1 }
            if index == close { break }
            let item: FrontMatterNode
            if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                guard let (text, after) = quoted(index, close) else { return nil }
                item = .scalar(text, isPlain: false, line: line)
                index = after
            } else {
                var itemEnd = index
                while itemEnd < close, bytes[itemEnd] != UInt8(ascii: ",") { itemEnd += 1 }
                var trimmed = itemEnd
                while trimmed > index, bytes[trimmed - 1] == 0x20 { trimmed -= 1 }
                guard trimmed > index, plainIsSimple(index, trimmed, inFlow: true) else { return nil }
                item = .scalar(string(index, trimmed), isPlain: true, line: line)
                index = itemEnd
            }
            items.append(item)
            while index < close, bytes[index] == 0x20 { index += 1 }
            if index == close { break }
            // Items are separated by a comma; a trailing comma is left to Yams.
            guard bytes[index] == UInt8(ascii: ","), index + 1 < close else { return nil }
            index += 1
        }
        return .sequence(items, line: line)
    }

    /// A quoted scalar starting at `start` (no backslash escapes; `''` in single quotes): its text and the offset after it.
    private func quoted(_ start: Int, _ end: Int) -> (String, Int)? {
        let quote = bytes[start]
        var text: [UInt8] = []
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
                    text.append(quote)
                    index += 2
                    continue
                }
                return (String(decoding: text, as: UTF8.self), index + 1)
            }
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { return nil }
            text.append(byte)
            index += 1
        }
        return nil
    }

    /// Whether a plain scalar is one YAML reads as written: no indicator first, no `: ` or ` #`,
    /// no `:` last; in a flow list also none of `[]{}"'#:`.
    private func plainIsSimple(_ start: Int, _ end: Int, inFlow: Bool) -> Bool {
        guard start < end else { return false }
        switch bytes[start] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default: break
        }
        for index in start..<end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") && (index + 1 == end || bytes[index + 1] == 0x20) { return false }
            if byte == UInt8(ascii: "#") && bytes[index - 1] == 0x20 { return false }
            if inFlow {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""),
                    UInt8(ascii: "'"), UInt8(ascii: "#"), UInt8(ascii: ":"):
                    return false
                default: break
                }
            }
        }
        return true
    }

    private func isBlank(_ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { bytes[$0] == 0x20 }
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }

    /// No character YAML forbids or treats apart: controls other than the newline (a tab
    /// included), DEL, C1 controls (U+0085 is a line break), the line and paragraph
    /// separators U+2028 and U+2029, U+FEFF, U+FFFE, U+FFFF.
    private static func allowed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A { return false }
            if byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            if byte == 0xEF, index + 2 < bytes.count,
                (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
            {
                return false
            }
            index += 1
        }
        return true
    }
}
