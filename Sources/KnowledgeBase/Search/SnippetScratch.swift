/// The buffers `SnippetBuilder` works in, sized for its longest snippet and allocated once
/// per search rather than once per hit: the query words of the section searched for the
/// densest window, the marked spans, and the escaped output. Larger than the kilobyte Swift
/// keeps on the stack, they were a heap allocation or two per hit. Owned by one search.
struct SnippetScratch {
    /// A query word of the section: its token, its clause, and its weight.
    typealias Word = (token: Int, clause: Int, weight: Float)

    let words: UnsafeMutableBufferPointer<Word>
    /// Start and end offsets of each marked span.
    let marks: UnsafeMutableBufferPointer<Int>
    let output: UnsafeMutableBufferPointer<UInt8>
    /// One allocation, carved into the three.
    private let storage: UnsafeMutableRawPointer

    init(for builder: SnippetBuilder) {
        let wordCount = builder.maxAnalyzedTokens, markCount = 2 * (builder.maxBytes + 1)
        let byteCount = SnippetBuilder.outputCapacity(passageBytes: builder.maxBytes, marks: builder.maxBytes + 1)
        let wordBytes = wordCount * MemoryLayout<Word>.stride, markBytes = markCount * MemoryLayout<Int>.stride
        storage = .allocate(byteCount: wordBytes + markBytes + byteCount, alignment: max(MemoryLayout<Word>.alignment, MemoryLayout<Int>.alignment))
        words = UnsafeMutableBufferPointer(start: storage.bindMemory(to: Word.self, capacity: wordCount), count: wordCount)
        marks = UnsafeMutableBufferPointer(start: (storage + wordBytes).bindMemory(to: Int.self, capacity: markCount), count: markCount)
        output = UnsafeMutableBufferPointer(start: (storage + wordBytes + markBytes).bindMemory(to: UInt8.self, capacity: byteCount), count: byteCount)
    }

    func deallocate() { storage.deallocate() }
}
