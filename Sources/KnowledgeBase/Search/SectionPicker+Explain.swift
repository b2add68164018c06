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
        let chosen = bestSection(of: document, weights: weights)
        var chosenScore: Float = 0
        var sections: [Explanation] = []
        forEachScoredSection(of: document, weights: weights) { section, score, values in
            guard score > 0 else { return }
            if section == chosen { chosenScore = score }
            let words = values.indices.filter { values[$0] > 0 }.map { clause in
                Explanation(value: Double(values[clause]), description: "clause \"\(query.clauses[clause].text)\"")
            }
            sections.append(Explanation(
                value: Double(score), description: "\(name(section)): the words' best values × prior \(priors[section])", details: words))
        }
        guard let chosen else { return Explanation(value: 0, description: "section: none matches, the hit links to the article") }
        if sections.isEmpty {
            return Explanation(value: 0, description: "section \(name(chosen)) (more than 64 sections: scanned token by token)")
        }
        return Explanation(
            value: Double(chosenScore),
            description: "section \(name(chosen)): the highest score (each query word at its best alternative, a phrase's words added, twice in a heading)",
            details: sections)
    }
}
