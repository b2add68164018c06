/// Picks the section of an article that best matches a query: the most query words (each
/// counted once, at its best alternative, weighted as the ranking weighs it), with words in
/// the heading counting double, and a heading that names the question the query asks ("why
/// did I get an invite" and "Why you got it", `QuestionWords`) counting as a heading word
/// with that question word's idf over the articles' headings; all times the section's prior
/// (`SectionPriors`: the lead and closing boilerplate such as "Still stuck?" count half).
/// Reads the postings' section masks; for the few articles of more than 64 sections, their
/// tokens, 64 sections at a time, scored the same way.
struct SectionPicker {
    let forward: ForwardIndex
    let postings: PostingLists
    let priors: [Float]
    /// Per section, the question words its heading names.
    let headingQuestions: [QuestionWords]
    /// Per question word (`QuestionWords.each` order), what a heading naming the question asked
    /// is worth: twice (as a word in a heading) its idf over the articles' headings.
    let questionValues: [Float]

    init(forward: ForwardIndex, postings: PostingLists, priors: [Float], headingQuestions: HeadingQuestions,
         statistics: CollectionStatistics) {
        self.forward = forward
        self.postings = postings
        self.priors = priors
        self.headingQuestions = headingQuestions.sections
        questionValues = headingQuestions.articleCounts.map { 2 * Float(statistics.idf(documentFrequency: $0)) }
    }

    /// What a heading that names the question asked is worth: the values of the question
    /// words asked (`QuestionWords.asked` gives one).
    func value(of asked: QuestionWords) -> Float {
        guard !asked.isEmpty else { return 0 }
        var value: Float = 0
        for (bit, word) in QuestionWords.each.enumerated() where asked.contains(word) { value += questionValues[bit] }
        return value
    }

    /// `value` (what the question asked is worth) when the heading of `section` names the
    /// question asked, else 0.
    @inline(__always)
    func questionValue(of section: Int, asked: QuestionWords, value: Float) -> Float {
        headingQuestions[section].isDisjoint(with: asked) ? 0 : value
    }

    /// The section a hit links to: the first with the highest score above 0.
    struct Winner {
        private(set) var section: Int?
        private(set) var score: Float = 0

        mutating func offer(_ section: Int, score: Float) {
            if score > self.score { (self.section, self.score) = (section, score) }
        }
    }

    func bestSection(of document: Int, weights: QueryTermWeights) -> Int? {
        var winner = Winner()
        forEachScoredSection(of: document, weights: weights) { section, score, _, _ in winner.offer(section, score: score) }
        return winner.section
    }

    /// Calls `visit` for each section of `document`, in order, with its global number, its
    /// score, the value of each query word (clause) in it and that of the question its heading
    /// names: what `bestSection` compares, and what `explain` shows. A clause is worth its best
    /// alternative in the section, and an alternative the sum of its terms there (a word of a
    /// phrase alone is worth its share), as the scorer sums an alternative's keys; a term in
    /// the heading counts twice. The score is the sum of the clauses and the question, times
    /// the section's prior. Sections are scored 64 at a time, from which of them hold each
    /// query term: the postings' section masks for an article of at most 64 sections (nearly
    /// all), the article's tokens read section by section for a longer one.
    func forEachScoredSection(of document: Int, weights: QueryTermWeights,
                              _ visit: (_ section: Int, _ score: Float, _ clauseValues: UnsafeBufferPointer<Float>,
                                        _ questionValue: Float) -> Void) {
        let sections = forward.sections(ofDocument: document)
        let width = min(64, sections.count), clauses = weights.clauseCount
        let askedValue = value(of: weights.asked)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: max(1, clauses * width + width + clauses)) { cells in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, 2 * weights.terms.count)) { termMasks in
                var start = sections.lowerBound
                while start < sections.upperBound {
                    let window = start..<min(start + 64, sections.upperBound)
                    if sections.count <= 64 {
                        postingMasks(of: document, weights: weights, into: termMasks)
                    } else {
                        readMasks(of: window, weights: weights, into: termMasks)
                    }
                    score(window, weights: weights, termMasks: termMasks, cells: cells, askedValue: askedValue, visit)
                    start = window.upperBound
                }
            }
        }
    }

    /// Each distinct query term's sections, body and heading, from its posting in `document`
    /// (looked up once): bit `s` for the document's section `s`.
    @inline(__always)
    private func postingMasks(of document: Int, weights: QueryTermWeights, into termMasks: UnsafeMutableBufferPointer<UInt64>) {
        for (number, term) in weights.terms.enumerated() {
            if let posting = postings.posting(Int(term), document: Int32(document)) {
                termMasks[2 * number] = postings.sectionMasks[posting * 2]
                termMasks[2 * number + 1] = postings.sectionMasks[posting * 2 + 1]
            } else {
                termMasks[2 * number] = 0
                termMasks[2 * number + 1] = 0
            }
        }
    }

    /// The same for the sections of `window` (at most 64), read from their heading terms and
    /// body tokens: bit `s` for the window's section `s`. The tokens are stems, not the word
    /// keys a synonym alternative is matched through, so here a word found only through a
    /// synonym counts in no section.
    private func readMasks(of window: Range<Int>, weights: QueryTermWeights, into termMasks: UnsafeMutableBufferPointer<UInt64>) {
        for index in 0..<(2 * weights.terms.count) { termMasks[index] = 0 }
        forward.term.withUnsafeBufferPointer { terms in
            for (offset, section) in window.enumerated() {
                let bit: UInt64 = 1 << UInt64(offset)
                for term in forward.headingTerms(ofSection: section) {
                    if let place = weights.place(of: term) { termMasks[2 * place + 1] |= bit }
                }
                for token in forward.tokens(ofSection: section) {
                    if let place = weights.place(of: terms[token]) { termMasks[2 * place] |= bit }
                }
            }
        }
    }

    /// Scores the sections of `window` from `termMasks` (see `forEachScoredSection`).
    @inline(__always)
    private func score(_ window: Range<Int>, weights: QueryTermWeights, termMasks: UnsafeMutableBufferPointer<UInt64>,
                       cells: UnsafeMutableBufferPointer<Float>, askedValue: Float,
                       _ visit: (_ section: Int, _ score: Float, _ clauseValues: UnsafeBufferPointer<Float>, _ questionValue: Float) -> Void) {
        let count = window.count, clauses = weights.clauseCount
        // Each clause's best alternative per section: a term's value, or a phrase's sum.
        let best = cells.baseAddress!
        best.initialize(repeating: 0, count: clauses * count)
        func offer(_ value: Float, clause: Int, section: Int) {
            let cell = clause * count + section
            if value > best[cell] { best[cell] = value }
        }
        for (term, clause, weight) in weights.singleTerms {
            let heading = termMasks[2 * term + 1]
            var mask = termMasks[2 * term] | heading
            while mask != 0 {
                let section = mask.trailingZeroBitCount
                mask &= mask - 1
                offer(heading & (1 << UInt64(section)) != 0 ? 2 * weight : weight, clause: clause, section: section)
            }
        }
        let sums = best + clauses * count
        for (clause, terms) in weights.phrases {
            var touched: UInt64 = 0
            for (term, weight) in weights.phraseTerms[terms] {
                let heading = termMasks[2 * term + 1]
                let sections = termMasks[2 * term] | heading
                var mask = sections
                while mask != 0 {
                    let section = mask.trailingZeroBitCount
                    let bit: UInt64 = 1 << UInt64(section)
                    mask &= mask - 1
                    let value = heading & bit != 0 ? 2 * weight : weight
                    sums[section] = touched & bit != 0 ? sums[section] + value : value
                }
                touched |= sections
            }
            while touched != 0 {
                let section = touched.trailingZeroBitCount
                touched &= touched - 1
                offer(sums[section], clause: clause, section: section)
            }
        }
        let values = UnsafeMutableBufferPointer(start: sums + count, count: clauses)
        for section in 0..<count {
            var score: Float = 0
            for clause in 0..<clauses {
                values[clause] = best[clause * count + section]
                score += values[clause]
            }
            let question = questionValue(of: window.lowerBound + section, asked: weights.asked, value: askedValue)
            score = (score + question) * priors[window.lowerBound + section]
            visit(window.lowerBound + section, score, UnsafeBufferPointer(values), question)
        }
    }
}
