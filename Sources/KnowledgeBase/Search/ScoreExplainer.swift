import Foundation

/// Explains one document's score for a query, mirroring `QueryEvaluator` step by step
/// (same formula, same single-precision arithmetic), so the explanation's value is the score.
struct ScoreExplainer {
    let index: InvertedIndex
    let scorer: BM25FScorer
    let ranking: RankingParameters

    func explain(_ query: Query, document: Int) -> Explanation {
        let proximity = Float(ranking.proximityWeight)
        var clauseDetails: [Explanation] = []
        var total: Float = 0
        var matched = 0

        func part(_ postings: PostingLists, _ key: Int32, weight: Float, label: String) -> (Float, Explanation)? {
            guard let posting = postings.posting(Int(key), document: Int32(document)) else { return nil }
            let idf = Float(scorer.idf(documentFrequency: postings.documentFrequency(Int(key)))) * weight
            let value = scorer.score(pseudoFrequency: postings.pseudoFrequency[posting], idf: idf)
            var detail = scorer.explain(label: label, postings: postings, key: Int(key), posting: posting, document: document,
                                        norms: index.norms, fieldLengths: index.fieldLengths)
            if weight != 1 {
                detail = Explanation(value: Double(value), description: "proximity weight \(weight) × bigram score", details: [detail])
            }
            return (value, detail)
        }

        for clause in query.clauses {
            var best: (Float, Explanation)?
            for alternative in clause.alternatives {
                var sum: Float = 0
                var details: [Explanation] = []
                for term in alternative.terms {
                    if let (value, detail) = part(index.postings, term, weight: 1, label: "term \"\(index.terms[Int(term)])\"") {
                        sum += value
                        details.append(detail)
                    }
                }
                for bigram in alternative.bigrams {
                    if let (value, detail) = part(index.bigramPostings, bigram, weight: proximity, label: "phrase bigram") {
                        sum += value
                        details.append(detail)
                    }
                }
                guard sum > 0 else { continue }
                let value = sum * Float(alternative.weight)
                if best == nil || value > best!.0 {
                    let words = alternative.terms.map { index.terms[Int($0)] }.joined(separator: " ")
                    best = (value, Explanation(value: Double(value),
                                               description: "\(alternative.kind) \"\(words)\" × weight \(alternative.weight)",
                                               details: details))
                }
            }
            if let best {
                total += best.0
                matched += 1
                clauseDetails.append(Explanation(value: Double(best.0), description: "clause \"\(clause.text)\": best alternative", details: [best.1]))
            }
        }
        if total > 0 {
            for (bigram, weight) in QueryEvaluator(index: index, scorer: scorer, ranking: ranking).proximityBigrams(query) {
                if let (value, detail) = part(index.bigramPostings, bigram, weight: weight, label: "adjacent query words") {
                    total += value
                    clauseDetails.append(detail)
                }
            }
        }
        let coordinationBase = Float(matched) / Float(max(query.clauses.count, 1))
        let coordination = pow(coordinationBase, Float(ranking.coordinationExponent))
        let sum = Explanation(value: Double(total), description: "sum of matched clauses and proximity", details: clauseDetails)
        let factor = Explanation(value: Double(coordination),
                                 description: "coordination (\(matched) of \(query.clauses.count) clauses) ^ \(ranking.coordinationExponent)")
        return Explanation(value: Double(total * coordination), description: "score = sum × coordination", details: [sum, factor])
    }
}
