import Foundation
import Synchronization

/// Per-document scratch space for one query evaluation: dense score arrays and lists of the
/// documents each one has touched (so resetting costs only what was touched).
/// One search owns it at a time; `QueryScratchPool` hands it from one search to the next,
/// hence `@unchecked Sendable`.
struct QueryScratch: @unchecked Sendable {
    let total: UnsafeMutableBufferPointer<Float>
    /// Per document: what the ranking rules count (`MatchCounts`), phrase bigrams found
    /// (`phraseHits`), and the current alternative's terms found (`alternativeHits`).
    let counts: UnsafeMutableBufferPointer<MatchCounts>
    let phraseHits: UnsafeMutableBufferPointer<UInt16>
    let alternativeHits: UnsafeMutableBufferPointer<UInt16>
    /// How the current clause matched (`clauseInTitle`, `clauseTyped`), folded into `counts` per clause.
    let clauseFlags: UnsafeMutableBufferPointer<UInt16>
    let clause: UnsafeMutableBufferPointer<Float>
    let alternative: UnsafeMutableBufferPointer<Float>
    let touched: UnsafeMutableBufferPointer<Int32>
    let clauseTouched: UnsafeMutableBufferPointer<Int32>
    let alternativeTouched: UnsafeMutableBufferPointer<Int32>
    var touchedCount = 0, clauseTouchedCount = 0, alternativeTouchedCount = 0
    let documents: Int

    /// One allocation, carved into the arrays: six of 4-byte cells, the 8-byte counts, then
    /// three of 2-byte counts.
    private let storage: UnsafeMutableRawPointer

    init(documents: Int) {
        let count = max(documents, 1)
        self.documents = documents
        let storage = UnsafeMutableRawPointer.allocate(byteCount: count * 4 * 6 + count * 8 + count * 2 * 3, alignment: 16)
        // Scores and counts start at zero; the touched lists are written before they are read.
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: count * 4 * 3)
        (storage + count * 4 * 6).initializeMemory(as: UInt8.self, repeating: 0, count: count * 8 + count * 2 * 3)
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
        counts = carve(MatchCounts.self, 0, after: 6 * count * 4)
        let small = 6 * count * 4 + count * 8
        phraseHits = carve(UInt16.self, 0, after: small)
        alternativeHits = carve(UInt16.self, 1, after: small)
        clauseFlags = carve(UInt16.self, 2, after: small)
    }

    /// Zeroes what the evaluation touched, so the scratch is as new. (`clause` and
    /// `alternative` are zeroed by the evaluation itself as it folds them into `total`.)
    mutating func clear() {
        for slot in 0..<touchedCount {
            let document = Int(touched[slot])
            total[document] = 0
            counts[document] = MatchCounts()
            phraseHits[document] = 0
        }
        touchedCount = 0
        clauseTouchedCount = 0
        alternativeTouchedCount = 0
    }

    func deallocate() { storage.deallocate() }

    /// `clauseFlags`: the clause matched in the title (all of an alternative's words there).
    static let clauseInTitle: UInt16 = 1
    /// `clauseFlags`: the clause matched as typed (`QueryAlternative.Kind.countsAsTyped`).
    static let clauseTyped: UInt16 = 2

    /// A clause's `MatchCounts` step for each value of its `clauseFlags`.
    struct ClauseSteps {
        private let plain, inTitle, typed, typedInTitle: UInt64
        init(meaningful: UInt16, uncounted: UInt16) {
            plain = MatchCounts.clause(meaningful: meaningful, exact: 0, title: 0, inTitle: 0, uncounted: uncounted)
            inTitle = MatchCounts.clause(meaningful: meaningful, exact: 0, title: meaningful, inTitle: 1, uncounted: uncounted)
            typed = MatchCounts.clause(meaningful: meaningful, exact: meaningful, title: 0, inTitle: 0, uncounted: uncounted)
            typedInTitle = MatchCounts.clause(meaningful: meaningful, exact: meaningful, title: meaningful, inTitle: 1, uncounted: uncounted)
        }
        subscript(flags: UInt16) -> UInt64 {
            switch flags {
            case 0: plain
            case clauseInTitle: inTitle
            case clauseTyped: typed
            default: typedInTitle
            }
        }
    }
}

/// What one document matched of a query, as six 10-bit counts in one word (a query has at
/// most `QueryParser.maxWords` clauses), so that a posting updates them all with one addition:
/// clauses matched, of them not common (`meaningful`), of those matched by the typed form
/// (`exact`), of those in the title (`title`); every matched clause in the title (`inTitle`,
/// common words too); and the matched clauses the match policy does not count as covered
/// (`uncounted`: incidental words, see `Query.coversIncidentalWords`).
struct MatchCounts {
    private(set) var bits: UInt64 = 0

    var matched: Int { Int(bits & 0x3FF) }
    var meaningful: Int { Int(bits >> 10 & 0x3FF) }
    var exact: Int { Int(bits >> 20 & 0x3FF) }
    var title: Int { Int(bits >> 30 & 0x3FF) }
    var inTitle: Int { Int(bits >> 40 & 0x3FF) }
    var uncounted: Int { Int(bits >> 50 & 0x3FF) }

    /// The counts of one more matched clause.
    static func clause(meaningful: UInt16, exact: UInt16, title: UInt16, inTitle: UInt16, uncounted: UInt16) -> UInt64 {
        1 | UInt64(meaningful) << 10 | UInt64(exact) << 20 | UInt64(title) << 30 | UInt64(inTitle) << 40 | UInt64(uncounted) << 50
    }

    @inline(__always)
    mutating func add(_ step: UInt64) { bits &+= step }
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
