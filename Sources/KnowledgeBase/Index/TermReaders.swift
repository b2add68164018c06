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
                reader.element.sees(article.audience) ? mask | 1 << UInt8(reader.offset) : mask
            }
        }
        masks = postings.documentMasks(documentMasks)
    }

    /// The terms `reader` can find; every term when `reader` is nil.
    func terms(foundBy reader: Audience?) -> Found {
        guard let reader, let offset = Audience.allCases.firstIndex(of: reader) else { return .all }
        return Found(masks: masks, bit: 1 << UInt8(offset))
    }

    /// The terms one reader can find (`terms(foundBy:)`).
    struct Found: Sendable {
        fileprivate let masks: [UInt8]
        /// The reader's bit; 0 for every term.
        fileprivate let bit: UInt8

        static let all = Found(masks: [], bit: 0)

        @inline(__always)
        func contains(_ term: Int32) -> Bool { bit == 0 || masks[Int(term)] & bit != 0 }
    }

    var estimatedBytes: Int { masks.count }
}
