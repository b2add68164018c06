extension SectionPicker {
    /// Why a hit of `article` (document `document`) links where it does, from the scores
    /// `bestSection` compares: each matching section's score, its prior and the best value of
    /// each query word (`query`'s clauses) found in it.
    func explain(document: Int, article: Article, weights: QueryTermWeights, query: Query) -> Explanation {
        let first = forward.sections(ofDocument: document).lowerBound
        func name(_ section: Int) -> String {
            let anchor = article.sections[section - first].anchor
            return anchor.isEmpty ? "the lead" : "#\(anchor)"
        }
        var winner = Winner()
        var sections: [Explanation] = []
        forEachScoredSection(of: document, weights: weights) { section, score, values, question in
            winner.offer(section, score: score)
            guard score > 0 else { return }
            var words = values.indices.filter { values[$0] > 0 }.map { clause in
                Explanation(value: Double(values[clause]), description: "clause \"\(query.clauses[clause].text)\"")
            }
            if question > 0 {
                let asked = weights.asked.names.joined(separator: ", ")
                words.append(Explanation(value: Double(question), description: "the heading names the question asked (\(asked))"))
            }
            let summed = question > 0 ? "(the words' best values + the question)" : "the words' best values"
            sections.append(Explanation(
                value: Double(score), description: "\(name(section)): \(summed) × prior \(priors[section])", details: words))
        }
        guard let chosen = winner.section else {
            return Explanation(value: 0, description: "section: none matches, the hit links to the article")
        }
        return Explanation(
            value: Double(winner.score),
            description: "section \(name(chosen)): the highest score (each query word at its best alternative, a phrase's words added, twice in a heading; a heading that names the question asked adds it)",
            details: sections)
    }
}
