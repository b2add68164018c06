/// Posting lists in compressed-sparse-row form: for key `k`, entries `start[k]..<start[k+1]`
/// hold the documents (ascending), the frequency in each field, and the precomputed
/// BM25F pseudo-frequency (field weights and length norms applied).
struct PostingLists: Sendable {
    var start: [Int32]
    var document: [Int32]
    /// `IndexField.count` entries per posting.
    var fieldFrequency: [UInt16]
    var pseudoFrequency: [Float]
    /// When tracked: two masks per posting, the sections (first 64 of the document) whose
    /// body and whose heading hold the key. Section 63 stands for 63 and later.
    var sectionMasks: [UInt64]

    var keyCount: Int { start.count - 1 }

    func range(_ key: Int) -> Range<Int> { Int(start[key])..<Int(start[key + 1]) }

    func documentFrequency(_ key: Int) -> Int { Int(start[key + 1] - start[key]) }

    /// The posting of `document` in `key`'s list, by binary search.
    func posting(_ key: Int, document target: Int32) -> Int? {
        var low = Int(start[key]), high = Int(start[key + 1])
        while low < high {
            let middle = (low + high) / 2
            if document[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < Int(start[key + 1]) && document[low] == target ? low : nil
    }

    var estimatedBytes: Int { start.count * 4 + document.count * 4 + fieldFrequency.count * 2 + pseudoFrequency.count * 4 + sectionMasks.count * 8 }
}
