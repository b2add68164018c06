/// A word as the Snowball stemmers work on it: one byte per character. ASCII (and, for an
/// alphabet that needs it, Latin-1: "á" is 0xE1) keeps its code; any other scalar becomes
/// `placeholder`, a consonant no rule can delete, and comes back out in order.
struct StemmerWord {
    static let placeholder: UInt8 = 0x80

    /// The characters, one byte each.
    var bytes: [UInt8]
    /// The scalars behind the placeholders, in order.
    private var extras: [Unicode.Scalar] = []

    init(_ word: String, keepingLatin1: Bool) {
        let utf8 = word.utf8
        guard utf8.contains(where: { $0 >= 0x80 }) else {
            bytes = Array(utf8)
            return
        }
        bytes = []
        bytes.reserveCapacity(utf8.count)
        for scalar in word.unicodeScalars {
            let kept = scalar.isASCII || (keepingLatin1 && scalar.value <= 0xFF && scalar.value != UInt32(Self.placeholder))
            if kept {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(Self.placeholder)
                extras.append(scalar)
            }
        }
    }

    /// Whether every character kept its own byte (no placeholders).
    var isExact: Bool { extras.isEmpty }

    /// `stemmed` (these bytes after the rules) as text, the placeholders given back their scalars.
    func string(_ stemmed: [UInt8]) -> String {
        guard stemmed.contains(where: { $0 >= 0x80 }) else { return String(decoding: stemmed, as: UTF8.self) }
        var result = String.UnicodeScalarView()
        var next = 0
        for byte in stemmed {
            if byte == Self.placeholder {
                result.append(extras[next])
                next += 1
            } else {
                result.append(Unicode.Scalar(byte))
            }
        }
        return String(result)
    }
}
