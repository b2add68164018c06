// Docs-style directives (`:::image type="content" source="x.png" alt-text="A":::`).
enum Directive {
    // The value of `name="…"` in a directive line.
    static func attribute(_ name: StaticString, in line: ArraySlice<UInt8>) -> [UInt8]? {
        let bytes = Array(line)
        let n = name.utf8CodeUnitCount
        var i = 0
        while i + n + 1 < bytes.count {
            if (i == 0 || isASCIIWhitespace(bytes[i - 1])) && bytes.matches(name, at: i, caseInsensitive: true)
                && bytes[i + n] == UInt8(ascii: "=") && bytes[i + n + 1] == UInt8(ascii: "\"") {
                let start = i + n + 2
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return Array(bytes[start..<end])
            }
            i += 1
        }
        return nil
    }
}
