// Entity and numeric character references (`&amp;`, `&#35;`, `&#x22;`).
enum CharacterReference {
    // Decodes the reference starting with `&` at `i`: its UTF-8 bytes and the index after `;`.
    static func decode(_ s: [UInt8], at i: Int) -> (value: [UInt8], end: Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == UInt8(ascii: "#") {
            j += 1
            var code: UInt32 = 0
            var digits = 0
            if j < s.count && (s[j] | 0x20) == UInt8(ascii: "x") {
                j += 1
                while j < s.count && isHexDigit(s[j]) && digits < 7 {
                    let c = s[j]
                    code = code * 16 + UInt32(isDigit(c) ? c - 0x30 : (c | 0x20) - 0x61 + 10)
                    j += 1
                    digits += 1
                }
                guard digits >= 1 && digits <= 6 else { return nil }
            } else {
                while j < s.count && isDigit(s[j]) && digits < 8 {
                    code = code * 10 + UInt32(s[j] - 0x30)
                    j += 1
                    digits += 1
                }
                guard digits >= 1 && digits <= 7 else { return nil }
            }
            guard j < s.count && s[j] == UInt8(ascii: ";") else { return nil }
            var out: [UInt8] = []
            appendUTF8(code, to: &out)
            return (out, j + 1)
        }
        let nameStart = j
        while j < s.count && isASCIIAlphanumeric(s[j]) && j - nameStart <= 32 { j += 1 }
        guard j > nameStart, j < s.count, s[j] == UInt8(ascii: ";"), isASCIILetter(s[nameStart]),
              let value = Entities.lookup(s[nameStart..<j]) else { return nil }
        return (value, j + 1)
    }
}
