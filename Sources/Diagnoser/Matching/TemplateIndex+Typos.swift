import KnowledgeBase

extension TemplateIndex {
    /// A template word a misspelled word may stand for, with the set of its bytes.
    struct TypoCandidate: Sendable {
        var word: [UInt8]
        var id: Int
        var bytes: ByteSet

        init(word: [UInt8], id: Int) {
            self.word = word
            self.id = id
            bytes = ByteSet(word)
        }
    }

    /// Which byte values a word holds, folded into 64 bits. An edit (insertion, deletion,
    /// substitution, swap) changes the set by at most two members, so two words whose sets differ
    /// by more than twice the edits allowed cannot be within them: a cheap test before the distance.
    struct ByteSet: Sendable, Hashable {
        var bits: UInt64 = 0

        init(_ word: [UInt8]) {
            for byte in word { bits |= 1 << UInt64(byte & 63) }
        }

        /// The fewest edits that can turn one set into the other (a lower bound on the distance).
        func editsAtLeast(to other: ByteSet) -> Int { ((bits ^ other.bits).nonzeroBitCount + 1) / 2 }
    }

    /// The vocabulary id a text token stands for, and how similar it is (1 exact, 0.8 a typo).
    func resolve(_ token: MessageToken) -> (id: Int, similarity: Double)? {
        if let id = knownStem(token) { return (id, 1) }
        guard token.kind == .word, token.text.count >= 4, !token.isStopword else { return nil }
        if let place = surfaceTable.id(of: token.text) { return (surfaceIDs[place], 1) }
        let length = token.text.count
        let limit = TypoTolerance.standard.maxDistance(length: length)
        guard limit > 0 else { return nil }
        guard let first = token.text.first, let last = token.text.last else { return nil }
        let bytes = ByteSet(token.text)
        var best: (id: Int, distance: Int)?
        func consider(_ candidates: [TypoCandidate]?) {
            for candidate in candidates ?? [] where bytes.editsAtLeast(to: candidate.bytes) <= limit {
                let distance = DamerauLevenshtein.distance(token.text, candidate.word, limit: limit)
                if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (candidate.id, distance) }
            }
        }
        for candidateLength in (length - limit)...(length + limit) {
            consider(surfaceByFirst[Self.bucket(candidateLength, first)])
            if length >= 5 { consider(surfaceByLast[Self.bucket(candidateLength, last)]) }
        }
        return best.map { ($0.id, Self.fuzzySimilarity) }
    }

    /// The vocabulary id of the token's stem, if the templates have it.
    func knownStem(_ token: MessageToken) -> Int? {
        stemTable.id(of: token.stem)
    }
}
