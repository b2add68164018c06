/// Per index term, the readers who can find it: the audiences that see some article holding
/// it (`Audience.sees`). A word written only in the guides for office staff ("reinvite",
/// "verify") is not a word of the help center a patient searches: read as known, it would
/// match nothing the patient may see, and it would keep the word from the corrections and
/// related forms that reach the patient's articles ("verify": "verification").
struct TermReaders: Sendable {
    /// Per term, one bit per reader (`Audience.allCases` order).
    private let masks: [UInt8]

    init(postings: PostingLists, articles: [Article]) {
        let documentMasks = articles.map { article in
            Audience.allCases.enumerated().reduce(UInt8(0)) { mask, reader in
                reader.element.sees(article.audience) ? mask | Self.bit(reader.offset) : mask
            }
        }
        masks = postings.documentMasks(documentMasks)
    }

    /// Whether `reader` sees some article that holds `term`; every term when `reader` is nil.
    @inline(__always)
    func finds(_ term: Int32, reader: Audience?) -> Bool {
        guard let reader else { return true }
        return masks[Int(term)] & Self.bit(of: reader) != 0
    }

    private static func bit(_ offset: Int) -> UInt8 { 1 << UInt8(offset) }

    private static func bit(of reader: Audience) -> UInt8 { bit(Audience.allCases.firstIndex(of: reader)!) }

    var estimatedBytes: Int { masks.count }
}
