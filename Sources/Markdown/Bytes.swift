// Byte-level character classes used by both parsing phases (input is UTF-8).

@inline(__always) func isSpaceOrTab(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

@inline(__always) func isLineEnding(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

// Space, tab, newline, line tabulation, form feed, carriage return.
@inline(__always) func isASCIIWhitespace(_ c: UInt8) -> Bool {
    c == 0x20 || (c >= 0x09 && c <= 0x0D)
}

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

@inline(__always) func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

@inline(__always) func isASCIIAlphanumeric(_ c: UInt8) -> Bool { isDigit(c) || isASCIILetter(c) }

@inline(__always) func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
}

@inline(__always) func asciiLower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }

// `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`
@inline(__always) func isASCIIPunctuation(_ c: UInt8) -> Bool {
    (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
}

// Unicode whitespace in the CommonMark sense: Zs, tab, LF, FF, CR.
func isUnicodeWhitespace(_ c: UInt32) -> Bool {
    if c < 0x80 { return c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
    guard let scalar = Unicode.Scalar(c) else { return false }
    return scalar.properties.generalCategory == .spaceSeparator
}

// Unicode punctuation in the CommonMark sense: ASCII punctuation or general category P or S.
func isUnicodePunctuation(_ c: UInt32) -> Bool {
    if c < 0x80 { return isASCIIPunctuation(UInt8(c)) }
    guard let scalar = Unicode.Scalar(c) else { return false }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation,
         .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return true
    default:
        return false
    }
}

// The code point starting at `i` (a newline past the end, U+FFFD for malformed bytes).
func scalar(in s: [UInt8], at i: Int) -> UInt32 {
    guard i < s.count else { return 0x0A }
    let b0 = UInt32(s[i])
    if b0 < 0x80 { return b0 }
    func cont(_ k: Int) -> UInt32? {
        guard i + k < s.count, s[i + k] & 0xC0 == 0x80 else { return nil }
        return UInt32(s[i + k] & 0x3F)
    }
    if b0 & 0xE0 == 0xC0, let c1 = cont(1) { return (b0 & 0x1F) << 6 | c1 }
    if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) { return (b0 & 0x0F) << 12 | c1 << 6 | c2 }
    if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
        return (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
    }
    return 0xFFFD
}

// The code point ending just before `i` (a newline at the start).
func scalar(in s: [UInt8], before i: Int) -> UInt32 {
    guard i > 0 else { return 0x0A }
    var j = i - 1
    var steps = 0
    while j > 0 && s[j] & 0xC0 == 0x80 && steps < 3 { j -= 1; steps += 1 }
    return scalar(in: s, at: j)
}

// Appends the UTF-8 encoding of a code point (U+FFFD for invalid ones).
func appendUTF8(_ code: UInt32, to out: inout [UInt8]) {
    let c = (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) ? 0xFFFD : code
    if c < 0x80 {
        out.append(UInt8(c))
    } else if c < 0x800 {
        out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F)))
    } else if c < 0x10000 {
        out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
    }
}

extension Array where Element == UInt8 {
    // Whether the bytes at `i` equal `literal` (ASCII, compared case-insensitively when asked).
    func matches(_ literal: StaticString, at i: Int, caseInsensitive: Bool = false) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i >= 0, i + n <= count else { return false }
        let p = literal.utf8Start
        for k in 0..<n {
            let a = self[i + k], b = p[k]
            if caseInsensitive ? asciiLower(a) != asciiLower(b) : a != b { return false }
        }
        return true
    }
}
