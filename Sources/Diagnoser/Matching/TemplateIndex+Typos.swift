import KnowledgeBase

extension TemplateIndex {
    /// The vocabulary id a text token stands for, and how similar it is (1 exact, 0.8 a typo).
    func resolve(_ token: MessageToken) -> (id: Int, similarity: Double)? {
        if let id = vocabulary[token.stem] { return (id, 1) }
        guard token.kind == .word, token.text.count >= 4, !token.isStopword else { return nil }
        if let id = surface[token.text] { return (id, 1) }
        let length = token.text.count
        let limit = TypoTolerance.standard.maxDistance(length: length)
        guard limit > 0 else { return nil }
        guard let first = token.text.first, let last = token.text.last else { return nil }
        var best: (id: Int, distance: Int)?
        func consider(_ candidates: [(word: [UInt8], id: Int)]?) {
            for candidate in candidates ?? [] {
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
}
