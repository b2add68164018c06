extension UInt8 {
    /// Whether the byte is an ASCII digit, 0-9: what marks a word as a code, a number or a
    /// value the person typed (the query parser's values, a compound never read apart).
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
