extension TemplateIndex {
    /// A word of the text found at a position of a template.
    struct Hit: Sendable {
        var template: Int
        /// Place in the (readable) text.
        var at: Int
        /// Place in the template.
        var position: Int
        var similarity: Double
    }

    /// A word of the text as a vocabulary id.
    struct ResolvedWord: Sendable {
        var at: Int
        var id: Int
        var similarity: Double
    }

    /// The best window of `tokens` for every template that has at least one word in it and, of its
    /// content words, the `requiredContent` ones somewhere in the text; in template order. The
    /// tokens at places in `excluded` (of `tokens`) are read as no word.
    func matches(in tokens: [MessageToken], excluding excluded: Range<Int>? = nil) -> [TemplateMatch] {
        let (tokens, origins) = readable(tokens)
        var resolved: [ResolvedWord] = []
        resolved.reserveCapacity(tokens.count)
        for (at, token) in tokens.enumerated() {
            if let excluded, excluded.overlaps(origins[at]) { continue }
            if let (id, similarity) = resolve(token) { resolved.append(ResolvedWord(at: at, id: id, similarity: similarity)) }
        }
        guard !resolved.isEmpty else { return [] }
        let candidates = candidates(resolved)
        // Every hit of a candidate template, in message order.
        var found: [Hit] = []
        for word in resolved {
            for posting in postings[word.id] where candidates[Int(posting.template)] {
                found.append(Hit(template: Int(posting.template), at: word.at, position: Int(posting.position), similarity: word.similarity))
            }
        }
        // Grouped by template, each hit keeping its place within its template (message order).
        // Few templates are left, so sorting the hits costs less than a pass over every template;
        // sorted as numbers (template, then place in `found`), not through a comparison closure.
        var order = found.indices.map { UInt64(found[$0].template) << 32 | UInt64($0) }
        order.sort()
        let hits = order.map { found[Int($0 & 0xFFFF_FFFF)] }
        var results: [TemplateMatch] = []
        var scratch = WindowScratch()
        var groupStart = 0
        while groupStart < hits.count {
            let templateIndex = hits[groupStart].template
            var groupEnd = groupStart
            while groupEnd < hits.count && hits[groupEnd].template == templateIndex { groupEnd += 1 }
            if let match = bestWindow(hits[groupStart..<groupEnd], template: templateIndex, origins: origins, scratch: &scratch) {
                results.append(match)
            }
            groupStart = groupEnd
        }
        return results
    }

    /// Which templates can match: those with `requiredContent` distinct content words in the text
    /// (or needing none). A word found several times counts once.
    private func candidates(_ resolved: [ResolvedWord]) -> [Bool] {
        // Each vocabulary id once: a template's places are its positions, one id each, so the places
        // of distinct ids are distinct places, and counting them per template needs no sorting.
        var ids = resolved.map(\.id)
        ids.sort()
        var candidate = needsNoContent
        var found = [Int32](repeating: 0, count: templates.count)
        for (offset, id) in ids.enumerated() where offset == 0 || ids[offset - 1] != id {
            for posting in contentPostings[id] {
                let template = Int(posting.template)
                found[template] += 1
                if Int(found[template]) >= requiredContent[template] { candidate[template] = true }
            }
        }
        return candidate
    }

    /// Buffers reused from one template to the next.
    struct WindowScratch {
        var bestSimilarity: [Double] = []
        var runs: [Int] = []
    }

    /// The window of the text, at most the template's length and a half (at least 3 more) long,
    /// that covers the most of the template's weight; nil when it covers none. `origins` are the
    /// places of the tokens as given that each token read comes from (`readable`).
    private func bestWindow(_ templateHits: ArraySlice<Hit>, template templateIndex: Int, origins: [Range<Int>],
                            scratch: inout WindowScratch) -> TemplateMatch? {
        let template = templates[templateIndex]
        let length = template.tokens.count
        let span = length + max(3, length / 2)
        var best = (score: 0.0, content: 0, exact: false, start: templateHits.startIndex, end: templateHits.startIndex)
        scratch.bestSimilarity.removeAll(keepingCapacity: true)
        scratch.bestSimilarity.append(contentsOf: repeatElement(0, count: length))
        for startIndex in templateHits.indices {
            let start = templateHits[startIndex]
            // In long texts, windows start only at content words (stopwords hit everywhere).
            if templateHits.count > 64 && template.isStopword[start.position] && template.contentCount > 0 { continue }
            for i in 0..<length { scratch.bestSimilarity[i] = 0 }
            var index = startIndex
            while index < templateHits.endIndex && templateHits[index].at - start.at < span {
                let hit = templateHits[index]
                scratch.bestSimilarity[hit.position] = max(scratch.bestSimilarity[hit.position], hit.similarity)
                index += 1
            }
            var score = 0.0, content = 0, exact = true
            for position in 0..<length {
                let similarity = scratch.bestSimilarity[position]
                score += similarity * template.weights[position]
                if similarity > 0 && !template.isStopword[position] { content += 1 }
                if similarity < 1 { exact = false }
            }
            if score > best.score { best = (score, content, exact, startIndex, index) }
        }
        guard best.score > 0 else { return nil }
        return TemplateMatch(
            template: templateIndex, owner: template.owner, coverage: min(1, best.score / template.totalWeight), matchedWeight: best.score,
            contentMatched: best.content,
            contentInRun: Self.longestRun(templateHits[best.start..<best.end], template: template, runs: &scratch.runs),
            contentCount: template.contentCount, exactAll: best.exact,
            span: Self.contentSpan(templateHits[best.start..<best.end], template: template, origins: origins)
        )
    }

    /// The places of the tokens as given from the first to the last of `hits` that is a content
    /// word of the template (the stopwords a window also holds may be anyone's); from the first
    /// to the last hit when none is.
    static func contentSpan(_ hits: ArraySlice<Hit>, template: Template, origins: [Range<Int>]) -> Range<Int> {
        var first = Int.max, last = Int.min, firstHit = Int.max, lastHit = Int.min
        for hit in hits {
            (firstHit, lastHit) = (min(firstHit, hit.at), max(lastHit, hit.at))
            if !template.isStopword[hit.position] { (first, last) = (min(first, hit.at), max(last, hit.at)) }
        }
        if first > last { (first, last) = (firstHit, lastHit) }
        return origins[first].lowerBound..<origins[last].upperBound
    }

    /// The most template words (not stopwords) in one chain of hits where each follows the previous
    /// one within 2 places in both the text and the template.
    static func longestRun(_ hits: ArraySlice<Hit>, template: Template, runs: inout [Int]) -> Int {
        runs.removeAll(keepingCapacity: true)
        var longest = 0
        for (offset, hit) in hits.enumerated() {
            var previousBest = 0
            var earlier = offset - 1
            while earlier >= 0 {
                let candidate = hits[hits.startIndex + earlier]
                if hit.at - candidate.at > 2 { break }
                if candidate.at < hit.at && hit.position > candidate.position && hit.position - candidate.position <= 2 {
                    previousBest = max(previousBest, runs[earlier])
                }
                earlier -= 1
            }
            let run = previousBest + (template.isStopword[hit.position] ? 0 : 1)
            runs.append(run)
            longest = max(longest, run)
        }
        return longest
    }
}
