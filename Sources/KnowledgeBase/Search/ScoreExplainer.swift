import Foundation

/// Explains one document's rank for a query: the ranking rules' values (see `RankingKey`)
/// and the score, computed from the same `ScoredKey`s as `QueryEvaluator` (same formula,
/// same single-precision arithmetic), so the explanation's value is the score.
struct ScoreExplainer {
    let index: InvertedIndex
    let scorer: BM25FScorer
    let ranking: RankingParameters

    /// `key` is the document's ranking key as the evaluator computed it: the rules' values
    /// are read from it, never recounted. `prior` and `audience`: the search's audience prior
    /// and the document's audience, whose factor the score carries.
    func explain(_ query: Query, key: RankingKey, policy: MatchPolicy, prior: AudiencePrior, audience: Audience) -> Explanation {
        let document = Int(key.document)
        var clauseDetails: [Explanation] = []
        var total: Float = 0
        var matched = 0

        func part(_ key: ScoredKey, label: String) -> (Float, Explanation)? {
            let postings = key.isBigram ? index.bigramPostings : index.postings
            guard let posting = postings.posting(Int(key.key), document: Int32(document)) else { return nil }
            let value = scorer.score(pseudoFrequency: postings.pseudoFrequency[posting], idf: key.idf)
            let detail = scorer.explain(label: label, postings: postings, key: Int(key.key), posting: posting, document: document,
                                        norms: index.norms, fieldLengths: index.fieldLengths)
            let ownIDF = Float(scorer.idf(documentFrequency: postings.documentFrequency(Int(key.key))))
            guard key.idf != ownIDF else { return (value, detail) }
            return (value, Explanation(value: Double(value), description: "\(label) scored with idf \(key.idf) (not its own \(ownIDF))",
                                       details: [detail]))
        }
        func label(_ key: ScoredKey) -> String {
            key.isBigram ? "phrase bigram" : "term \"\(index.terms[Int(key.key)])\""
        }

        for clause in query.clauses {
            var best: (value: Float, explanation: Explanation)?
            for alternative in clause.alternatives {
                var sum: Float = 0
                var details: [Explanation] = []
                for key in alternative.keys {
                    if let (value, detail) = part(key, label: label(key)) {
                        sum += value
                        details.append(detail)
                    }
                }
                guard sum > 0 else { continue }
                let value = sum * Float(alternative.weight)
                if best == nil || value > best!.value {
                    let words = alternative.terms.map { index.terms[Int($0)] }.joined(separator: " ")
                    best = (value, Explanation(value: Double(value),
                                               description: "\(alternative.kind) \"\(words)\" × weight \(alternative.weight)",
                                               details: details))
                }
            }
            guard let best else { continue }
            total += best.value
            matched += 1
            let role = (clause.isCommon ? "common word" : "reference idf \(clause.referenceIDF)")
                + (clause.isIncidental ? "; incidental, in no article's labels: idf × \(ranking.incidentalWordWeight)" : "")
                + (clause.isContext ? "; context, outside the sentences that ask: idf × \(ranking.contextWordWeight)" : "")
            clauseDetails.append(Explanation(value: Double(best.value), description: "clause \"\(clause.text)\" (\(role)): best alternative",
                                             details: [best.explanation]))
        }
        if total > 0 {
            for key in QueryEvaluator(index: index, scorer: scorer, ranking: ranking).proximityKeys(query) {
                if let (value, detail) = part(key, label: "adjacent query words") {
                    total += value
                    clauseDetails.append(detail)
                }
            }
        }
        let exponent = ranking.coordinationExponent(for: query.style)
        let coordination = ranking.coordination(matched: matched, of: query.clauses.count, style: query.style)
        let titleFactor = ranking.titleFactor(inTitle: key.clausesInTitle, of: query.clauses.count, style: query.style)
        let score = total * coordination * (titleFactor ?? 1) * prior.factor(for: audience)
        let sum = Explanation(value: Double(total), description: "sum of matched clauses and proximity", details: clauseDetails)
        let factor = Explanation(value: Double(coordination),
                                 description: "coordination (\(matched) of \(query.clauses.count) clauses) ^ \(exponent)")
        var factors = [sum, factor]
        var formula = "score = sum × coordination"
        if let titleFactor {
            formula += " × title"
            factors.append(Explanation(value: Double(titleFactor),
                                       description: "title: 1 + \(ranking.titleShareBoost) × \(key.clausesInTitle) of \(query.clauses.count) clauses in the title"))
        }
        let priorExplanation = prior.explanation(for: audience)
        if priorExplanation != nil { formula += " × prior" }
        let scoreExplanation = Explanation(value: Double(score), description: formula,
                                           details: factors + (priorExplanation.map { [$0] } ?? []))
        let asksAboutSite = key.phrase == .labelAsTyped && query.siteQuestionDocuments.sortedContains(key.document)
        let phrase = "proximity (phrase) \(key.phrase.rawValue)" + key.phrase.reason + (asksAboutSite ? " (the query asks what the site is)" : "")
        // In `RankingKey`'s order.
        let rules = query.style == .keywords
            ? "rules (keyword query): words as typed \(key.hasTypedWords ? 1 : 0), typo (words as typed) \(key.exact), \(phrase), attribute (title) \(key.title), then score"
            : "rules (question or pasted text): \(phrase), then score"
        let policyNote = "match policy: \(policy.required) word(s) required" + (query.coversIncidentalWords ? "" : " of those in some article's labels")
            + (policy.needsMeaningful ? ", one not common" : "")
        return Explanation(value: Double(score), description: "\(rules); \(policyNote)", details: [scoreExplanation])
    }
}
