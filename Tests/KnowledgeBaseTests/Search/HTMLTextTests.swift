import Testing
@testable import KnowledgeBase

/// Snippets escape through the positions the index recorded (`HTMLText.appendEscapeOffsets`);
/// the result must be what scanning every byte gives, for any cut of any text.
@Suite struct HTMLTextTests {
    static let texts = [
        "Plain words only, nothing to escape.",
        "Tom & Jerry's \"quotes\" <b>bold</b>\tand\na new line",
        "&&&<<<>>>'''\"\"\"",
        "Contraseña incorrecta: «no es válida» & <otra>",
        "",
    ]

    @Test(arguments: texts)
    func escapingThroughRecordedOffsetsEqualsScanningEveryByte(text: String) {
        var offsets: [Int32] = []
        HTMLText.appendEscapeOffsets(of: text, to: &offsets)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { input in
            offsets.withUnsafeBufferPointer { escapes in
                // Every cut on a byte boundary, in two pieces written one after the other.
                for start in 0...bytes.count {
                    for middle in start...bytes.count {
                        let scanned = escaped(input, [start..<middle, middle..<bytes.count]) { input, range, output, length in
                            HTMLText.escape(input, range, into: output, at: &length)
                        }
                        var next = escapes.firstIndex { Int($0) >= start } ?? escapes.count
                        let recorded = escaped(input, [start..<middle, middle..<bytes.count]) { input, range, output, length in
                            HTMLText.escape(input, range, escapes: escapes, from: &next, into: output, at: &length)
                        }
                        #expect(recorded == scanned)
                    }
                }
            }
        }
        #expect(offsets.count == bytes.count { [0x26, 0x3C, 0x3E, 0x22, 0x27, 0x0A, 0x0D, 0x09].contains($0) })
    }

    /// Offsets that do not belong to the text (a byte that needs nothing) change nothing and never trap.
    @Test func offsetsAtBytesThatNeedNothingAreCopiedAsTheyAre() {
        let bytes = Array("a & b".utf8)
        let wrong: [Int32] = [0, 1, 2, 4]
        bytes.withUnsafeBufferPointer { input in
            wrong.withUnsafeBufferPointer { escapes in
                var next = 0
                let written = escaped(input, [0..<bytes.count]) { input, range, output, length in
                    HTMLText.escape(input, range, escapes: escapes, from: &next, into: output, at: &length)
                }
                #expect(String(decoding: written, as: UTF8.self) == "a &amp; b")
            }
        }
    }

    private func escaped(_ input: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>],
                         _ write: (UnsafeBufferPointer<UInt8>, Range<Int>, UnsafeMutableBufferPointer<UInt8>, inout Int) -> Void) -> [UInt8] {
        let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: input.count * HTMLText.longestReplacement + 1)
        defer { output.deallocate() }
        var length = 0
        for range in ranges { write(input, range, output, &length) }
        return Array(output[0..<length])
    }
}
