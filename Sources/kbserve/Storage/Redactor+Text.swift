/// The text operations the redactor runs on every word, without Foundation's `NSString`
/// bridge (which cost more than the search itself: callgrind, 1.4 million instructions
/// per query, a third of them in `trimmingCharacters(in:)`).
extension Redactor {
    /// `CharacterSet.alphanumerics`: Unicode general categories L*, M* and N*.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return isLetterOrMark(scalar) || isNumber(scalar)
    }

    /// A to Z, a to z.
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// `word.lowercased().filter(\.isLetter)`, byte by byte when `word` is ASCII.
    static func lowercaseLetters(_ word: String) -> String {
        guard word.isASCII else { return lowercaseLettersByCharacter(word) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lowercaseLettersByCharacter(_ word: String) -> String { word.lowercased().filter(\.isLetter) }

    /// `CharacterSet.letters`: Unicode general categories L* and M*.
    static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }
}

extension String {
    /// Whether every character is ASCII: one byte each, which the redactor's byte readings need.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// Without the leading and trailing scalars that `drop` matches.
    func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        return String(scalars[first...last])
    }

    /// Without the leading and trailing characters of `set` (each a single scalar).
    func trimmingScalars(in set: Set<Unicode.Scalar>) -> String {
        trimmingScalars { set.contains($0) }
    }

    /// The text with every occurrence of `target` replaced, compared byte for byte.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        let haystack = Array(utf8), pattern = Array(target.utf8), substitute = Array(replacement.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return String(self) }
        var output: [UInt8] = []
        output.reserveCapacity(haystack.count)
        var index = 0
        while index < haystack.count {
            if index + pattern.count <= haystack.count, haystack[index] == pattern[0],
               haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                output += substitute
                index += pattern.count
            } else {
                output.append(haystack[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte.
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pattern in
            guard let first = pattern.first else { return true }
            let haystack = utf8
            var start = haystack.startIndex
            while let found = haystack[start...].firstIndex(of: first) {
                if haystack[found...].starts(with: pattern) { return true }
                start = haystack.index(after: found)
            }
            return false
        }
    }
}
