/// Field frequencies of the keys (terms or bigrams) of one document while it is indexed;
/// flushed into flat posting arrays when the document is done.
struct DocumentAccumulator {
    /// Whether to record, per posting, which of the document's first 64 sections hold the key.
    let tracksSections: Bool
    /// Per key, its slot in `touched` plus one (0: not in this document).
    private var slot: [Int32] = []
    private var touched: [Int32] = []
    private var frequencies: [UInt16] = []
    private var masks: [UInt64] = []  // body, heading per touched key

    // Flat postings of all documents so far, in document order.
    private(set) var postingKey: [Int32] = []
    private(set) var postingDocument: [Int32] = []
    private(set) var postingFrequency: [UInt16] = []
    private(set) var postingMasks: [UInt64] = []

    init(tracksSections: Bool = false) { self.tracksSections = tracksSections }

    @inline(__always)
    mutating func add(key: Int, field: Int, section: Int = -1) {
        if key >= slot.count { slot.append(contentsOf: repeatElement(0, count: max(key + 1 - slot.count, slot.count))) }
        var index = Int(slot[key]) - 1
        if index < 0 {
            index = touched.count
            touched.append(Int32(key))
            frequencies.append(contentsOf: repeatElement(0, count: IndexField.count))
            if tracksSections { masks.append(0); masks.append(0) }
            slot[key] = Int32(index + 1)
        }
        if tracksSections, section >= 0 {
            let heading = field == IndexField.headings.rawValue ? 1 : 0
            masks[index * 2 + heading] |= 1 << UInt64(min(section, 63))
        }
        let cell = index * IndexField.count + field
        if frequencies[cell] < UInt16.max { frequencies[cell] += 1 }
    }

    mutating func finishDocument(_ document: Int) {
        for (index, key) in touched.enumerated() {
            postingKey.append(key)
            postingDocument.append(Int32(document))
            postingFrequency.append(contentsOf: frequencies[(index * IndexField.count)..<((index + 1) * IndexField.count)])
            slot[Int(key)] = 0
        }
        postingMasks.append(contentsOf: masks)
        touched.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        masks.removeAll(keepingCapacity: true)
    }

    /// Groups the postings of `parts` (accumulators of consecutive runs of documents, in
    /// document order, each with an optional map from its keys to global keys) by key, with
    /// a counting sort that keeps document order, and computes each posting's BM25F
    /// pseudo-frequency from the documents' norms.
    static func postingLists(_ parts: [(accumulator: DocumentAccumulator, keyMap: [Int32]?)], keyCount: Int,
                             norms: [Float], weights: [Float]) -> PostingLists {
        let fields = IndexField.count
        let tracksSections = parts.first?.accumulator.tracksSections ?? false
        var start = [Int32](repeating: 0, count: keyCount + 1)
        for (accumulator, keyMap) in parts {
            if let keyMap {
                for key in accumulator.postingKey { start[Int(keyMap[Int(key)]) + 1] += 1 }
            } else {
                for key in accumulator.postingKey { start[Int(key) + 1] += 1 }
            }
        }
        for key in 0..<keyCount { start[key + 1] += start[key] }
        var next = start
        let total = Int(start[keyCount])
        var document = [Int32](repeating: 0, count: total)
        var fieldFrequency = [UInt16](repeating: 0, count: total * fields)
        var pseudo = [Float](repeating: 0, count: total)
        var sectionMasks = [UInt64](repeating: 0, count: tracksSections ? total * 2 : 0)
        for (accumulator, keyMap) in parts {
            let postingKey = accumulator.postingKey, postingDocument = accumulator.postingDocument
            let postingFrequency = accumulator.postingFrequency, postingMasks = accumulator.postingMasks
            for posting in 0..<postingKey.count {
                let key = keyMap.map { Int($0[Int(postingKey[posting])]) } ?? Int(postingKey[posting])
                let target = Int(next[key])
                next[key] += 1
                let doc = Int(postingDocument[posting])
                document[target] = Int32(doc)
                var value: Float = 0
                for field in 0..<fields {
                    let frequency = postingFrequency[posting * fields + field]
                    fieldFrequency[target * fields + field] = frequency
                    if frequency > 0 { value += weights[field] * Float(frequency) / norms[doc * fields + field] }
                }
                pseudo[target] = value
                if tracksSections {
                    sectionMasks[target * 2] = postingMasks[posting * 2]
                    sectionMasks[target * 2 + 1] = postingMasks[posting * 2 + 1]
                }
            }
        }
        return PostingLists(start: start, document: document, fieldFrequency: fieldFrequency, pseudoFrequency: pseudo,
                            sectionMasks: sectionMasks)
    }
}
