import Foundation

/// Matches a parsed query against the posting lists, term at a time, and accumulates
/// each document's score: per clause the best alternative (BM25F of its terms plus, for a
/// phrase, its bigrams), plus a proximity bonus for adjacent query words found adjacent,
/// times a coordination factor (the share of clauses matched).
struct QueryEvaluator {
    let index: InvertedIndex
    let scorer: BM25FScorer
    let ranking: RankingParameters

    struct Result {
        /// Documents that matched at least one clause, with their final score and matched clauses.
        var documents: [Int32]
        var scores: [Float]
        var matchedClauses: [UInt16]
    }

    func evaluate(_ query: Query) -> Result {
        var result = Result(documents: [], scores: [], matchedClauses: [])
        forEachMatch(query) { document, score, matched in
            result.documents.append(document)
            result.scores.append(score)
            result.matchedClauses.append(matched)
        }
        return result
    }

    /// Calls `body` with every document that matched at least one clause, in the order they
    /// were first matched, with its final score and number of matched clauses. The scratch
    /// arrays come from the index's pool and go back to it clean.
    func forEachMatch(_ query: Query, _ body: (_ document: Int32, _ score: Float, _ matchedClauses: UInt16) -> Void) {
        var scratch = index.scratchPool.take(documents: index.articles.count)
        defer { index.scratchPool.recycle(scratch) }
        let proximity = Float(ranking.proximityWeight)

        for clause in query.clauses {
            if clause.alternatives.count == 1, clause.alternatives[0].weight == 1,
               clause.alternatives[0].terms.count == 1, clause.alternatives[0].bigrams.isEmpty {
                // The common case: one exact term. Accumulate straight into the totals.
                accumulateClause(clause.alternatives[0].terms[0], &scratch)
                continue
            }
            for alternative in clause.alternatives {
                for term in alternative.terms { accumulateAlternative(index.postings, term, weight: 1, &scratch) }
                for bigram in alternative.bigrams { accumulateAlternative(index.bigramPostings, bigram, weight: proximity, &scratch) }
                let weight = Float(alternative.weight)
                for slot in 0..<scratch.alternativeTouchedCount {
                    let document = Int(scratch.alternativeTouched[slot])
                    let value = scratch.alternative[document] * weight
                    if scratch.clause[document] == 0 {
                        scratch.clauseTouched[scratch.clauseTouchedCount] = Int32(document)
                        scratch.clauseTouchedCount += 1
                    }
                    if value > scratch.clause[document] { scratch.clause[document] = value }
                    scratch.alternative[document] = 0
                }
                scratch.alternativeTouchedCount = 0
            }
            for slot in 0..<scratch.clauseTouchedCount {
                let document = Int(scratch.clauseTouched[slot])
                if scratch.matched[document] == 0 {
                    scratch.touched[scratch.touchedCount] = Int32(document)
                    scratch.touchedCount += 1
                }
                scratch.total[document] += scratch.clause[document]
                scratch.matched[document] += 1
                scratch.clause[document] = 0
            }
            scratch.clauseTouchedCount = 0
        }
        for (bigram, weight) in proximityBigrams(query) {
            accumulateAlternative(index.bigramPostings, bigram, weight: weight, &scratch)
            for slot in 0..<scratch.alternativeTouchedCount {
                let document = Int(scratch.alternativeTouched[slot])
                if scratch.matched[document] > 0 { scratch.total[document] += scratch.alternative[document] }
                scratch.alternative[document] = 0
            }
            scratch.alternativeTouchedCount = 0
        }
        let clauseCount = max(query.clauses.count, 1)
        let coordination = (0...clauseCount).map { pow(Float($0) / Float(clauseCount), Float(ranking.coordinationExponent)) }
        let total = scratch.total, matched = scratch.matched
        for slot in 0..<scratch.touchedCount {
            let document = Int(scratch.touched[slot])
            let clauses = matched[document]
            body(Int32(document), total[document] * coordination[min(Int(clauses), clauseCount)], clauses)
        }
        scratch.clear()
    }

    /// Adds one term's scores to the totals and counts the clause as matched.
    private func accumulateClause(_ key: Int32, _ scratch: inout EvaluationScratch) {
        let postings = index.postings
        let range = postings.range(Int(key))
        let idf = Float(scorer.idf(documentFrequency: range.count))
        let total = scratch.total, matched = scratch.matched, touched = scratch.touched
        var count = scratch.touchedCount
        postings.document.withUnsafeBufferPointer { documents in
            postings.pseudoFrequency.withUnsafeBufferPointer { pseudo in
                for posting in range {
                    let document = Int(documents[posting])
                    if matched[document] == 0 {
                        touched[count] = Int32(document)
                        count += 1
                    }
                    total[document] += scorer.score(pseudoFrequency: pseudo[posting], idf: idf)
                    matched[document] += 1
                }
            }
        }
        scratch.touchedCount = count
    }

    /// Adds one key's scores (times `weight`) to the current alternative's scores.
    private func accumulateAlternative(_ postings: PostingLists, _ key: Int32, weight: Float, _ scratch: inout EvaluationScratch) {
        let range = postings.range(Int(key))
        let idf = Float(scorer.idf(documentFrequency: range.count)) * weight
        let scores = scratch.alternative, touched = scratch.alternativeTouched
        var count = scratch.alternativeTouchedCount
        postings.document.withUnsafeBufferPointer { documents in
            postings.pseudoFrequency.withUnsafeBufferPointer { pseudo in
                for posting in range {
                    let document = Int(documents[posting])
                    if scores[document] == 0 {
                        touched[count] = Int32(document)
                        count += 1
                    }
                    scores[document] += scorer.score(pseudoFrequency: pseudo[posting], idf: idf)
                }
            }
        }
        scratch.alternativeTouchedCount = count
    }

    /// Bigrams of adjacent clauses' exact terms that occur somewhere in the collection, with
    /// their weight (the proximity weight). Only the query's order counts: weighting reversed
    /// pairs too was tried and lost relevance on every dev set.
    func proximityBigrams(_ query: Query) -> [(bigram: Int32, weight: Float)] {
        guard query.clauses.count > 1 else { return [] }
        let proximity = Float(ranking.proximityWeight)
        var result: [(bigram: Int32, weight: Float)] = []
        for index in 1..<query.clauses.count {
            guard let first = query.clauses[index - 1].lastTerm, let second = query.clauses[index].firstTerm else { continue }
            if let bigram = self.index.bigramID.find(first, second) { result.append((Int32(bigram), proximity)) }
        }
        return result
    }
}
