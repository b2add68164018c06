/// A Snowball `among`: a list of suffixes, each with a tag saying what to do with it, that
/// finds the longest one ending a word. Suffixes and words are one byte per character
/// (Latin-1), as `SpanishStemmer` holds them.
struct SuffixTable<Tag: Sendable>: Sendable {
    private struct Entry: Sendable {
        var start: Int  // in `bytes`
        var count: Int
        var tag: Tag
    }

    // Every suffix's bytes, one after the other.
    private let bytes: [UInt8]
    // Entries grouped by their last byte, longest first, so the first match is the longest.
    private let entries: [Entry]
    // The entries ending with byte `b` are `entries[bucketStart[b]..<bucketStart[b + 1]]`.
    private let bucketStart: [Int]

    /// `list` is written as ordinary strings; every character must be Latin-1.
    init(_ list: [(String, Tag)]) {
        let suffixes = list.map { suffix, tag in
            let bytes = suffix.unicodeScalars.map { scalar in
                precondition(scalar.value <= 0xFF, "suffix \(suffix) is not Latin-1")
                return UInt8(scalar.value)
            }
            precondition(!bytes.isEmpty, "empty suffix")
            return (bytes: bytes, tag: tag)
        }.sorted { ($0.bytes.last!, $1.bytes.count) < ($1.bytes.last!, $0.bytes.count) }

        var bytes: [UInt8] = []
        var entries: [Entry] = []
        var bucketStart = Array(repeating: 0, count: 257)
        for suffix in suffixes {
            entries.append(Entry(start: bytes.count, count: suffix.bytes.count, tag: suffix.tag))
            bytes += suffix.bytes
            bucketStart[Int(suffix.bytes.last!) + 1] += 1
        }
        for b in 0..<256 { bucketStart[b + 1] += bucketStart[b] }
        self.bytes = bytes
        self.entries = entries
        self.bucketStart = bucketStart
    }

    /// The longest suffix of `word[..<end]` that starts at or after `lowerBound`: its
    /// length and tag.
    func longest(in word: [UInt8], end: Int, from lowerBound: Int = 0) -> (count: Int, tag: Tag)? {
        guard end > lowerBound, end <= word.count else { return nil }
        let last = Int(word[end - 1])
        return word.withUnsafeBufferPointer { word in
            bytes.withUnsafeBufferPointer { bytes in
                entries.withUnsafeBufferPointer { entries in
                    for index in bucketStart[last]..<bucketStart[last + 1] {
                        let entry = entries[index]
                        guard end - entry.count >= lowerBound else { continue }
                        // Compare backwards from the second-to-last byte (the last one matched).
                        var i = 1
                        while i < entry.count, word[end - 1 - i] == bytes[entry.start + entry.count - 1 - i] { i += 1 }
                        if i == entry.count { return (entry.count, entry.tag) }
                    }
                    return nil
                }
            }
        }
    }
}
