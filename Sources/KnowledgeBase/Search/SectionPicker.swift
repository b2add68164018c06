/// Picks the section of an article that best matches a query: the most query words
/// (each counted once, weighted by idf), with words in the heading counting double, times
/// the section's prior (a cause section above boilerplate such as "Still stuck?").
/// Reads the postings' section masks; articles of more than 64 sections are scanned
/// token by token instead (where adjacent query words also add a little).
struct SectionPicker {
    let forward: ForwardIndex
    let postings: PostingLists
    let priors: [Float]

    func bestSection(of document: Int, weights: QueryTermWeights) -> Int? {
        guard forward.sections(ofDocument: document).count <= 64 else { return scanBestSection(of: document, weights: weights) }
        var winner: (section: Int, score: Float)?
        forEachScoredSection(of: document, weights: weights) { section, score, _ in
            if score > 0, winner == nil || score > winner!.score { winner = (section, score) }
        }
        return winner?.section
    }

    /// Calls `visit` for each section of `document`, in order, with its global number, its
    /// score (the sum of each clause's best value, times the section's prior) and those
    /// values by clause: what `bestSection` compares, and what `explain` shows. Articles of
    /// more than 64 sections are scanned (`scanBestSection`) and not visited.
    func forEachScoredSection(of document: Int, weights: QueryTermWeights,
                              _ visit: (_ section: Int, _ score: Float, _ clauseValues: UnsafeBufferPointer<Float>) -> Void) {
        let sections = forward.sections(ofDocument: document)
        guard sections.count <= 64 else { return }
        let count = sections.count
        withUnsafeTemporaryAllocation(of: Float.self, capacity: max(1, weights.clauseCount * (count + 1))) { cells in
            // Each clause's best value per section, then one section's values by clause.
            let best = UnsafeMutableBufferPointer(rebasing: cells[0..<(weights.clauseCount * count)])
            let values = UnsafeMutableBufferPointer(rebasing: cells[(weights.clauseCount * count)...])
            best.initialize(repeating: 0)
            for (term, entry) in zip(weights.terms, weights.entries) {
                guard let posting = postings.posting(Int(term), document: Int32(document)) else { continue }
                let body = postings.sectionMasks[posting * 2], heading = postings.sectionMasks[posting * 2 + 1]
                var mask = body | heading
                while mask != 0 {
                    let section = mask.trailingZeroBitCount
                    mask &= mask - 1
                    let value = heading & (1 << UInt64(section)) != 0 ? 2 * entry.weight : entry.weight
                    let cell = entry.clause * count + section
                    if value > best[cell] { best[cell] = value }
                }
            }
            for section in 0..<count {
                var score: Float = 0
                for clause in 0..<weights.clauseCount {
                    values[clause] = best[clause * count + section]
                    score += values[clause]
                }
                score *= priors[sections.lowerBound + section]
                visit(sections.lowerBound + section, score, UnsafeBufferPointer(rebasing: values[0..<weights.clauseCount]))
            }
        }
    }

    /// The global number of the best section of `document`, or nil when no section matches.
    func scanBestSection(of document: Int, weights: QueryTermWeights) -> Int? {
        var best: (section: Int, score: Float)?
        var found = [Float](repeating: 0, count: weights.clauseCount)
        for section in forward.sections(ofDocument: document) {
            for index in found.indices { found[index] = 0 }
            for term in forward.headingTerms(ofSection: section) {
                if let (clause, weight) = weights[term] { found[clause] = max(found[clause], 2 * weight) }
            }
            var adjacency: Float = 0
            var previousClause = -1
            forward.term.withUnsafeBufferPointer { terms in
                for token in forward.tokens(ofSection: section) {
                    guard let (clause, weight) = weights[terms[token]] else { previousClause = -1; continue }
                    found[clause] = max(found[clause], weight)
                    if previousClause >= 0 && previousClause != clause { adjacency += 0.25 * weight }
                    previousClause = clause
                }
            }
            let score = (found.reduce(0, +) + min(adjacency, found.reduce(0, +))) * priors[section]
            if score > 0, best == nil || score > best!.score { best = (section, score) }
        }
        return best?.section
    }
}
