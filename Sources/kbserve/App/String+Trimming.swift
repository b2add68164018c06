import Foundation

extension String {
    /// Without leading and trailing white space and newlines (`CharacterSet.whitespacesAndNewlines`).
    /// Text that starts and ends with a printable ASCII character, the usual case, is returned as is.
    var trimmingWhitespace: String {
        if let first = utf8.first, let last = utf8.last, Self.isPrintableASCII(first), Self.isPrintableASCII(last) {
            return self
        }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `!` … `~`: never white space.
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
