import Foundation

/// Matches a parsed query against the posting lists, term at a time, and accumulates
/// each document's score: per clause the best alternative (BM25F of its scored keys, see
/// `ScoredKey`), plus a proximity bonus for adjacent query words found adjacent, times a
/// coordination factor (the share of clauses matched). Beside the score it counts what the
/// ranking rules read (`DocumentMatch`). A question's or pasted text's score also carries
/// its title factor (`RankingParameters.titleFactor`).
struct QueryEvaluator {
    let index: InvertedIndex
    let scorer: BM25FScorer
    let ranking: RankingParameters

    /// Fields whose text names the article: a phrase found in one of them is a label match.
    static let labelFields: [IndexField] = [.title, .aliases, .errors, .headings]

    /// Calls `body` with every document that matched at least one clause, in the order they
    /// were first matched. The scratch arrays come from the index's pool and go back clean.
    func forEachMatch(_ query: Query, _ body: (DocumentMatch) -> Void) {
        var scratch = index.scratchPool.take(documents: index.articles.count)
        defer { index.scratchPool.recycle(scratch) }

        let coversIncidentalWords = query.coversIncidentalWords
        for clause in query.clauses {
            let meaningful: UInt16 = clause.isCommon ? 0 : 1
            let uncounted: UInt16 = clause.isIncidental && !coversIncidentalWords ? 1 : 0
            if clause.alternatives.count == 1, clause.alternatives[0].kind == .exact,
               clause.alternatives[0].keys.count == 1, !clause.alternatives[0].keys[0].isBigram {
                // The common case: one exact term. Accumulate straight into the totals.
                accumulateClause(clause.alternatives[0].keys[0], meaningful: meaningful, uncounted: uncounted, &scratch)
                continue
            }
            for alternative in clause.alternatives {
                // Matched as typed: counted once per clause (the typed form and its equivalents may all match).
                let typedFlag: UInt16 = alternative.kind.countsAsTyped ? QueryScratch.clauseTyped : 0
                for key in alternative.keys { accumulateAlternative(key, &scratch) }
                let weight = Float(alternative.weight)
                // An alternative of several words matches only where all its words are, as a phrase.
                let needed = UInt16(alternative.requiredKeys)
                // In the title when all its words are (a phrase's words, not one of them); the
                // title rule counts it when the clause is meaningful, the title factor always.
                let titleNeeded = UInt16(min(alternative.keys.reduce(0) { $0 + ($1.isBigram ? 0 : 1) }, 255))
                for slot in 0..<scratch.alternativeTouchedCount {
                    let document = Int(scratch.alternativeTouched[slot])
                    let hits = scratch.alternativeHits[document]
                    scratch.alternativeHits[document] = 0
                    guard hits & Self.countMask >= needed else { scratch.alternative[document] = 0; continue }
                    if titleNeeded > 0, hits >> Self.titleShift >= titleNeeded { scratch.clauseFlags[document] |= QueryScratch.clauseInTitle }
                    scratch.clauseFlags[document] |= typedFlag
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
            // The clause's counts per combination of its flags (in the title, matched as typed),
            // made once rather than per document.
            let steps = QueryScratch.ClauseSteps(meaningful: meaningful, uncounted: uncounted)
            for slot in 0..<scratch.clauseTouchedCount {
                let document = Int(scratch.clauseTouched[slot])
                if scratch.counts[document].matched == 0 {
                    scratch.touched[scratch.touchedCount] = Int32(document)
                    scratch.touchedCount += 1
                }
                scratch.total[document] += scratch.clause[document]
                scratch.counts[document].add(steps[scratch.clauseFlags[document]])
                scratch.clauseFlags[document] = 0
                scratch.clause[document] = 0
            }
            scratch.clauseTouchedCount = 0
        }
        for key in proximityKeys(query) {
            accumulateAlternative(key, &scratch)
            for slot in 0..<scratch.alternativeTouchedCount {
                let document = Int(scratch.alternativeTouched[slot])
                if scratch.counts[document].matched > 0 { scratch.total[document] += scratch.alternative[document] }
                scratch.alternative[document] = 0
                scratch.alternativeHits[document] = 0
            }
            scratch.alternativeTouchedCount = 0
        }
        if let phrase = query.phrase { countPhraseHits(phrase, &scratch) }
        let clauseCount = max(query.clauses.count, 1)
        let coordination = (0...clauseCount).map { ranking.coordination(matched: $0, of: clauseCount, style: query.style) }
        let phraseLength = query.phrase.map { $0.bigrams.isEmpty ? Int.max : $0.bigrams.count }
        let labelled = query.typedWords.isEmpty ? [] : index.labels.documents(labelled: query.typedWords)
        let restated = restatedDocuments(query)
        let labelledByWords = query.typedWordSet.isEmpty ? [] : index.labels.documents(withWords: query.typedWordSet)
        let labelledByRestatedWords = query.restatedWordSet.isEmpty ? [] : index.labels.documents(withRestatedWords: query.restatedWordSet)
        for slot in 0..<scratch.touchedCount {
            let document = Int(scratch.touched[slot])
            let counts = scratch.counts[document]
            let clauses = counts.matched
            let title = ranking.titleFactor(inTitle: counts.inTitle, of: clauseCount, style: query.style) ?? 1
            body(DocumentMatch(document: Int32(document),
                               score: scratch.total[document] * coordination[min(clauses, clauseCount)] * title,
                               counts: counts,
                               hasPhrase: phraseLength.map { Int(scratch.phraseHits[document]) >= $0 } ?? false,
                               // Binary searches (`LabelPhrases` keeps documents ascending): a common
                               // label can name thousands of documents, and every matched one asks.
                               isLabelledAsQuery: labelled.sortedContains(Int32(document)) || restated.sortedContains(Int32(document)),
                               isLabelledByQueryWords: labelledByWords.sortedContains(Int32(document))
                                   || labelledByRestatedWords.sortedContains(Int32(document))))
        }
        scratch.clear()
    }

    /// The documents with a label the query restates (`LabelPhrases.documents(restating:)`),
    /// and, when it asks what the site is, the articles that answer that (`SiteQuestion`):
    /// both rank as labelled by the query. Once per query, kept out of the loop over documents.
    @inline(never)
    private func restatedDocuments(_ query: Query) -> [Int32] {
        let restated = query.restatedWords.isEmpty ? [] : index.labels.documents(restating: query.restatedWords)
        return restated.sortedUnion(query.siteQuestionDocuments)
    }

    /// Adds one exact term's scores to the totals and counts the clause as matched.
    private func accumulateClause(_ key: ScoredKey, meaningful: UInt16, uncounted: UInt16, _ scratch: inout QueryScratch) {
        let postings = index.postings
        let range = postings.range(Int(key.key))
        let idf = key.idf
        let total = scratch.total, counts = scratch.counts, touched = scratch.touched
        // Matched as typed, and in the title too: one addition per posting.
        let steps = QueryScratch.ClauseSteps(meaningful: meaningful, uncounted: uncounted)
        let step = steps[QueryScratch.clauseTyped], titleStep = steps[QueryScratch.clauseTyped | QueryScratch.clauseInTitle]
        var count = scratch.touchedCount
        let fields = IndexField.count, title = IndexField.title.rawValue
        postings.document.withUnsafeBufferPointer { documents in
            postings.pseudoFrequency.withUnsafeBufferPointer { pseudo in
                for posting in range {
                    let document = Int(documents[posting])
                    if counts[document].matched == 0 {
                        touched[count] = Int32(document)
                        count += 1
                    }
                    total[document] += scorer.score(pseudoFrequency: pseudo[posting], idf: idf)
                    counts[document].add(postings.fieldFrequency[posting * fields + title] > 0 ? titleStep : step)
                }
            }
        }
        scratch.touchedCount = count
    }

    /// `alternativeHits`: keys of the current alternative found (low byte), and of its terms
    /// those found in the title (high byte).
    static let countMask: UInt16 = 0xFF
    static let titleShift: UInt16 = 8

    /// Adds one key's scores to the current alternative's scores, counts it found, and counts
    /// a term found in the title.
    /// A deliberate fast path beside `accumulate`: the same walk over a posting list, kept as
    /// its own loop so that each inner loop touches only the arrays it writes.
    private func accumulateAlternative(_ key: ScoredKey, _ scratch: inout QueryScratch) {
        let postings = key.isBigram ? index.bigramPostings : index.postings
        let range = postings.range(Int(key.key))
        let idf = key.idf
        let scores = scratch.alternative, touched = scratch.alternativeTouched
        let hits = scratch.alternativeHits
        let found: UInt16 = 1
        let fields = IndexField.count, title = IndexField.title.rawValue
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
                    hits[document] += found
                    if !key.isBigram, postings.fieldFrequency[posting * fields + title] > 0 { hits[document] += 1 << Self.titleShift }
                }
            }
        }
        scratch.alternativeTouchedCount = count
    }

    /// Counts, per matched document, the phrase's bigrams it holds (anywhere for a quoted
    /// phrase, else in a label field).
    private func countPhraseHits(_ phrase: QueryPhrase, _ scratch: inout QueryScratch) {
        let postings = index.bigramPostings
        let fields = IndexField.count
        for bigram in phrase.bigrams {
            for posting in postings.range(Int(bigram)) {
                let document = Int(postings.document[posting])
                guard scratch.counts[document].matched > 0 else { continue }
                if phrase.quoted || Self.labelFields.contains(where: { postings.fieldFrequency[posting * fields + $0.rawValue] > 0 }) {
                    scratch.phraseHits[document] += 1
                }
            }
        }
    }

    /// Bigrams of adjacent clauses' exact terms that occur somewhere in the collection, with
    /// the idf they score with (times the proximity weight). Only the query's order counts:
    /// weighting reversed pairs too was tried and lost relevance on every dev set.
    func proximityKeys(_ query: Query) -> [ScoredKey] {
        guard query.clauses.count > 1 else { return [] }
        let proximity = Float(ranking.proximityWeight)
        var result: [ScoredKey] = []
        result.reserveCapacity(query.clauses.count - 1)
        for index in 1..<query.clauses.count {
            guard let first = query.clauses[index - 1].lastTerm, let second = query.clauses[index].firstTerm,
                  let bigram = self.index.bigramID.find(first, second) else { continue }
            let idf = Float(scorer.idf(documentFrequency: self.index.bigramPostings.documentFrequency(bigram))) * proximity
            result.append(ScoredKey(isBigram: true, key: Int32(bigram), idf: idf))
        }
        return result
    }
}

/// What one document matched of a query: its score and what the ranking rules and the
/// match policy read.
struct DocumentMatch: Sendable {
    var document: Int32
    var score: Float
    /// The clauses it matched, counted by kind (one word: the counts are read only where needed).
    var counts: MatchCounts
    var matchedClauses: Int { counts.matched }
    /// Matched clauses that are not common words.
    var meaningfulClauses: Int { counts.meaningful }
    /// Matched clauses the match policy counts as covered (`Query.coversIncidentalWords`).
    var coveredClauses: Int { counts.matched - counts.uncounted }
    /// Meaningful clauses matched by the words as typed (not only by an expansion).
    var exactClauses: Int { counts.exact }
    /// Meaningful clauses whose typed word is in the title.
    var titleClauses: Int { counts.title }
    /// Clauses, common words included, found in the title (see `RankingParameters.titleFactor`).
    var clausesInTitle: Int { counts.inTitle }
    /// Holds the query's phrase (see `QueryPhrase`).
    var hasPhrase: Bool
    /// Has a label (title, alias, error message, heading) that is exactly the query as typed
    /// (see `Query.typedWords`).
    var isLabelledAsQuery = false
    /// Has a label whose words are exactly the query's, in any order, with any stop words
    /// (see `Query.typedWordSet`), or the same with synonyms (`Query.restatedWordSet`).
    var isLabelledByQueryWords = false
}
