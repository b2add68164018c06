/// Each article's sections as term streams with UTF-8 offsets into the section text, so the
/// searcher can pick the best-matching section and cut a snippet without re-analyzing text.
struct ForwardIndex: Sendable {
    /// Article `a`'s sections are `sectionStart[a]..<sectionStart[a+1]` (global section numbers).
    var sectionStart: [Int32] = [0]
    /// Section `s`'s body tokens are `tokenStart[s]..<tokenStart[s+1]`.
    var tokenStart: [Int32] = [0]
    /// Section `s`'s heading terms are `headingStart[s]..<headingStart[s+1]` of `headingTerm`.
    var headingStart: [Int32] = [0]
    var headingTerm: [Int32] = []
    var term: [Int32] = []
    var offset: [Int32] = []
    var length: [UInt16] = []
    /// Section `s`'s bytes that HTML escaping replaces (`HTMLText.appendEscapeOffsets`), as offsets into its text:
    /// `escapeOffset[escapeStart[s]..<escapeStart[s+1]]`. A snippet copies the runs between them.
    var escapeStart: [Int32] = [0]
    var escapeOffset: [Int32] = []

    func sections(ofDocument document: Int) -> Range<Int> { Int(sectionStart[document])..<Int(sectionStart[document + 1]) }
    func tokens(ofSection section: Int) -> Range<Int> { Int(tokenStart[section])..<Int(tokenStart[section + 1]) }
    func escapes(ofSection section: Int) -> Range<Int> { Int(escapeStart[section])..<Int(escapeStart[section + 1]) }
    func headingTerms(ofSection section: Int) -> ArraySlice<Int32> {
        headingTerm[Int(headingStart[section])..<Int(headingStart[section + 1])]
    }

    /// Appends the forward index of the documents that follow (numbered from 0 in `other`).
    mutating func append(_ other: ForwardIndex) {
        let sectionBase = Int32(tokenStart.count - 1), tokenBase = Int32(term.count), headingBase = Int32(headingTerm.count)
        let escapeBase = Int32(escapeOffset.count)
        sectionStart += other.sectionStart.dropFirst().map { $0 + sectionBase }
        tokenStart += other.tokenStart.dropFirst().map { $0 + tokenBase }
        headingStart += other.headingStart.dropFirst().map { $0 + headingBase }
        headingTerm += other.headingTerm
        escapeStart += other.escapeStart.dropFirst().map { $0 + escapeBase }
        escapeOffset += other.escapeOffset
        term += other.term
        offset += other.offset
        length += other.length
    }

    var estimatedBytes: Int {
        (sectionStart.count + tokenStart.count + headingStart.count + headingTerm.count + term.count + offset.count
            + escapeStart.count + escapeOffset.count) * 4
            + length.count * 2
    }
}
