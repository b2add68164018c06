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

    /// The posting of `document` in `key`'s list. Document numbers are spread fairly evenly,
    /// so an interpolation guess usually lands within a probe or two (fewer cache misses
    /// than bisection on long lists); guesses alternate with halving, so the worst case
    /// stays logarithmic.
    func posting(_ key: Int, document target: Int32) -> Int? {
        document.withUnsafeBufferPointer { documents in
            var low = Int(start[key]), high = Int(start[key + 1])
            var interpolate = true
            while high - low > 8 {
                let first = documents[low], last = documents[high - 1]
                if target < first || target > last { return nil }
                var middle = (low + high) / 2
                if interpolate, last > first {
                    middle = low + Int((Int64(target) - Int64(first)) * Int64(high - 1 - low) / (Int64(last) - Int64(first)))
                }
                interpolate.toggle()
                let value = documents[middle]
                if value == target { return middle }
                if value < target { low = middle + 1 } else { high = middle }
            }
            while low < high {
                let value = documents[low]
                if value >= target { return value == target ? low : nil }
                low += 1
            }
            return nil
        }
    }

    /// Per key: whether some document has it in one of `fields`.
    func keysOccurring(in fields: [IndexField]) -> [Bool] {
        let stride = IndexField.count
        return (0..<keyCount).map { key in
            range(key).contains { posting in fields.contains { fieldFrequency[posting * stride + $0.rawValue] > 0 } }
        }
    }

    /// Per key: the union of the masks of the documents that hold it.
    func documentMasks(_ masks: [UInt8]) -> [UInt8] {
        (0..<keyCount).map { key in range(key).reduce(UInt8(0)) { $0 | masks[Int(document[$1])] } }
    }

    var estimatedBytes: Int { start.count * 4 + document.count * 4 + fieldFrequency.count * 2 + pseudoFrequency.count * 4 + sectionMasks.count * 8 }
}
