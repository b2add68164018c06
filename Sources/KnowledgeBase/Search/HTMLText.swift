/// Text made safe to put inside HTML: the snippets of search results, and the pages' own text.
public enum HTMLText {
    /// HTML-escapes `text` (`&`, `<`, `>`, quotes); line breaks and tabs become spaces.
    public static func escape(_ text: some StringProtocol) -> String {
        var text = String(text)
        return text.withUTF8 { input in
            guard input.contains(where: { replacementIndex[Int($0)] != 0 }) else { return String(decoding: input, as: UTF8.self) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count * longestReplacement) { output in
                var length = 0
                escape(input, 0..<input.count, into: output, at: &length)
                return String(decoding: UnsafeBufferPointer(rebasing: output[0..<length]), as: UTF8.self)
            }
        }
    }

    /// The bytes each replaced byte becomes, numbered from 1 in `replacementIndex`.
    private static let replacements: [StaticString] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", " "]
    /// The most bytes one input byte becomes.
    static let longestReplacement = 6
    /// Per byte value: 0 when the byte is written as is, else its replacement's number.
    private static let replacementIndex: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (number, byte) in ["&", "<", ">", "\"", "'"].map({ UInt8(ascii: Unicode.Scalar($0)!) }).enumerated() {
            table[Int(byte)] = UInt8(number + 1)
        }
        for byte in ["\n", "\r", "\t"].map({ UInt8(ascii: Unicode.Scalar($0)!) }) { table[Int(byte)] = 6 }
        return table
    }()

    /// Writes `input[range]` HTML-escaped into `output` from `length` on, advancing `length`;
    /// `output` has room for `longestReplacement` bytes per input byte. Runs of bytes that
    /// need nothing are copied whole.
    static func escape(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                       into output: UnsafeMutableBufferPointer<UInt8>, at length: inout Int) {
        guard let source = input.baseAddress, let target = output.baseAddress else { return }
        replacementIndex.withUnsafeBufferPointer { table in
            var index = range.lowerBound
            while index < range.upperBound {
                var end = index
                while end < range.upperBound, table[Int(source[end])] == 0 { end += 1 }
                if end > index {
                    (target + length).update(from: source + index, count: end - index)
                    length += end - index
                }
                guard end < range.upperBound else { break }
                replacements[Int(table[Int(source[end])]) - 1].withUTF8Buffer { bytes in
                    for byte in bytes { target[length] = byte; length += 1 }
                }
                index = end + 1
            }
        }
    }
}
