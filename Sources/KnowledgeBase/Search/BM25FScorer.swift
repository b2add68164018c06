/// BM25F scoring, separate from matching: turns a posting's precomputed pseudo-frequency
/// into a score, and explains a score from the posting's field frequencies.
struct BM25FScorer: Sendable {
    let parameters: BM25FParameters
    let statistics: CollectionStatistics

    func idf(documentFrequency: Int) -> Double { statistics.idf(documentFrequency: documentFrequency) }

    @inline(__always)
    func score(pseudoFrequency: Float, idf: Float) -> Float {
        let k1 = Float(parameters.k1)
        return idf * pseudoFrequency / (k1 + pseudoFrequency)
    }

    /// The score of one posting, as an explanation tree whose value equals `score(...)`.
    func explain(label: String, postings: PostingLists, key: Int, posting: Int, document: Int,
                 norms: [Float], fieldLengths: [Int32]) -> Explanation {
        let fields = IndexField.count
        let idf = Float(self.idf(documentFrequency: postings.documentFrequency(key)))
        let pseudo = postings.pseudoFrequency[posting]
        var fieldDetails: [Explanation] = []
        for field in IndexField.allCases {
            let frequency = postings.fieldFrequency[posting * fields + field.rawValue]
            guard frequency > 0 else { continue }
            let norm = norms[document * fields + field.rawValue]
            let weight = parameters.weight(field)
            fieldDetails.append(Explanation(
                value: Double(Float(weight) * Float(frequency) / norm),
                description: "\(field): weight \(weight) × tf \(frequency) / norm \(norm) (length \(fieldLengths[document * fields + field.rawValue]), average \(statistics.averageFieldLength[field.rawValue]), b \(parameters.b(field)))"))
        }
        let value = score(pseudoFrequency: pseudo, idf: idf)
        return Explanation(value: Double(value), description: "\(label): idf × tf' / (k1 + tf'), k1 \(parameters.k1)", details: [
            Explanation(value: Double(idf), description: "idf, df \(postings.documentFrequency(key)) of N \(statistics.documentCount)"),
            Explanation(value: Double(pseudo), description: "tf' = Σ weight × tf / norm", details: fieldDetails),
        ])
    }
}
