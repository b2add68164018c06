import Foundation
import Synchronization

/// Per-document scratch space for one query evaluation: dense score arrays and lists of the
/// documents each one has touched (so resetting costs only what was touched).
/// One search owns it at a time; `QueryScratchPool` hands it from one search to the next,
/// hence `@unchecked Sendable`.
struct QueryScratch: @unchecked Sendable {
    let total: UnsafeMutableBufferPointer<Float>
    /// Per document: clauses matched, of them not common (`meaningful`), of those matched
    /// by the typed form (`exact`), of those in the title (`titleHits`), phrase bigrams found
    /// (`phraseHits`), and the current alternative's terms found (`alternativeHits`).
    let matched: UnsafeMutableBufferPointer<UInt16>
    let meaningful: UnsafeMutableBufferPointer<UInt16>
    let exact: UnsafeMutableBufferPointer<UInt16>
    let phraseHits: UnsafeMutableBufferPointer<UInt16>
    let titleHits: UnsafeMutableBufferPointer<UInt16>
    let alternativeHits: UnsafeMutableBufferPointer<UInt16>
    /// Whether the current clause matched in the title (folded into `titleHits` per clause).
    let clauseTitle: UnsafeMutableBufferPointer<UInt16>
    let clause: UnsafeMutableBufferPointer<Float>
    let alternative: UnsafeMutableBufferPointer<Float>
    let touched: UnsafeMutableBufferPointer<Int32>
    let clauseTouched: UnsafeMutableBufferPointer<Int32>
    let alternativeTouched: UnsafeMutableBufferPointer<Int32>
    var touchedCount = 0, clauseTouchedCount = 0, alternativeTouchedCount = 0
    let documents: Int

    /// One allocation, carved into the arrays: six of 4-byte cells, then seven of 2-byte counts.
    private let storage: UnsafeMutableRawPointer

    init(documents: Int) {
        let count = max(documents, 1)
        self.documents = documents
        let storage = UnsafeMutableRawPointer.allocate(byteCount: count * 4 * 6 + count * 2 * 7, alignment: 16)
        // Scores and counts start at zero; the touched lists are written before they are read.
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: count * 4 * 3)
        (storage + count * 4 * 6).initializeMemory(as: UInt8.self, repeating: 0, count: count * 2 * 7)
        self.storage = storage
        /// The `part`th array of `T` after `offset` bytes.
        func carve<T>(_ type: T.Type, _ part: Int, after offset: Int = 0) -> UnsafeMutableBufferPointer<T> {
            let start = storage + offset + part * count * MemoryLayout<T>.stride
            return UnsafeMutableBufferPointer(start: start.bindMemory(to: T.self, capacity: count), count: count)
        }
        total = carve(Float.self, 0)
        clause = carve(Float.self, 1)
        alternative = carve(Float.self, 2)
        touched = carve(Int32.self, 3)
        clauseTouched = carve(Int32.self, 4)
        alternativeTouched = carve(Int32.self, 5)
        let counts = 6 * count * 4
        matched = carve(UInt16.self, 0, after: counts)
        meaningful = carve(UInt16.self, 1, after: counts)
        exact = carve(UInt16.self, 2, after: counts)
        phraseHits = carve(UInt16.self, 3, after: counts)
        titleHits = carve(UInt16.self, 4, after: counts)
        alternativeHits = carve(UInt16.self, 5, after: counts)
        clauseTitle = carve(UInt16.self, 6, after: counts)
    }

    /// Zeroes what the evaluation touched, so the scratch is as new. (`clause` and
    /// `alternative` are zeroed by the evaluation itself as it folds them into `total`.)
    mutating func clear() {
        for slot in 0..<touchedCount {
            let document = Int(touched[slot])
            total[document] = 0
            matched[document] = 0
            meaningful[document] = 0
            exact[document] = 0
            phraseHits[document] = 0
            titleHits[document] = 0
        }
        touchedCount = 0
        clauseTouchedCount = 0
        alternativeTouchedCount = 0
    }

    func deallocate() { storage.deallocate() }
}

/// A few clean `QueryScratch`es for reuse, so a query does not allocate and zero
/// arrays the size of the collection. Safe to share across concurrent searches: each
/// search takes a scratch of its own under a lock and gives it back when done.
final class QueryScratchPool: Sendable {
    private let free = Mutex<[QueryScratch]>([])
    /// Scratches kept at most; more concurrent searches allocate (and free) their own.
    private let capacity: Int

    init(capacity: Int = max(4, ProcessInfo.processInfo.activeProcessorCount * 2)) {
        self.capacity = capacity
    }

    deinit { free.withLock { for scratch in $0 { scratch.deallocate() } } }

    func take(documents: Int) -> QueryScratch {
        let scratch = free.withLock { $0.popLast() }
        if let scratch, scratch.documents == documents { return scratch }
        scratch?.deallocate()
        return QueryScratch(documents: documents)
    }

    /// Takes back a scratch; it must be clean (see `QueryScratch.clear()`).
    func recycle(_ scratch: QueryScratch) {
        let kept = free.withLock { free in
            guard free.count < capacity else { return false }
            free.append(scratch)
            return true
        }
        if !kept { scratch.deallocate() }
    }
}
