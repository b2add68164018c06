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

    /// Appends the offsets of the bytes of `text` that escaping replaces (for `escape(_:_:escapes:from:into:at:)`).
    static func appendEscapeOffsets(of text: String, to offsets: inout [Int32]) {
        var text = text
        text.withUTF8 { bytes in
            replacementIndex.withUnsafeBufferPointer { table in
                for (offset, byte) in bytes.enumerated() where table[Int(byte)] != 0 { offsets.append(Int32(offset)) }
            }
        }
    }

    /// Writes `input[range]` HTML-escaped like `escape(_:_:into:at:)`, given where its bytes
    /// to replace are (`escapes`, ascending; `next` is the first not before `range` and is
    /// advanced past it): the runs between them are copied whole, no byte looked at.
    static func escape(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escapes: UnsafeBufferPointer<Int32>,
                       from next: inout Int, into output: UnsafeMutableBufferPointer<UInt8>, at length: inout Int) {
        guard let source = input.baseAddress, let target = output.baseAddress else { return }
        var index = range.lowerBound
        while next < escapes.count, Int(escapes[next]) < range.upperBound {
            let end = Int(escapes[next])
            next += 1
            guard end >= index else { continue }
            (target + length).update(from: source + index, count: end - index)
            length += end - index
            index = end
            // An offset at a byte that needs nothing (never, for the text the offsets were taken
            // from): the byte goes out with the next run.
            let replacement = Int(replacementIndex[Int(source[end])])
            guard replacement > 0 else { continue }
            writeReplacement(replacement, into: output, at: &length)
            index = end + 1
        }
        (target + length).update(from: source + index, count: range.upperBound - index)
        length += range.upperBound - index
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

    /// Writes replacement number `number` (of `replacementIndex`) at `length`, advancing it.
    @inline(__always)
    private static func writeReplacement(_ number: Int, into output: UnsafeMutableBufferPointer<UInt8>, at length: inout Int) {
        replacements[number - 1].withUTF8Buffer { bytes in
            for byte in bytes { output[length] = byte; length += 1 }
        }
    }

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
                writeReplacement(Int(table[Int(source[end])]), into: output, at: &length)
                index = end + 1
            }
        }
    }
}
