import KnowledgeBase
@testable import Diagnoser

/// TemplateIndex's matching written the plain way, with none of its shortcuts (no postings, no
/// filters, no byte-set bound, no counting sort, no incremental hashes): every template against
/// every word of the text. The tests hold the index to the same answers.
struct ReferenceTemplateMatcher {
    let index: TemplateIndex

    /// Every template with a hit, or (`pruned`) only those with `requiredContent` distinct
    /// content words in the text, as `TemplateIndex.matches` gives them.
    func matches(in tokens: [MessageToken], required: (Int) -> Int, pruned: Bool) -> [TemplateIndex.TemplateMatch] {
        let (tokens, origins) = readable(tokens)
        let resolved = tokens.map(resolve)
        var results: [TemplateIndex.TemplateMatch] = []
        for (templateIndex, template) in index.templates.enumerated() {
            var hits: [TemplateIndex.Hit] = []
            for (at, word) in resolved.enumerated() {
                guard let word else { continue }
                for (position, id) in template.tokens.enumerated() where id == word.id {
                    hits.append(TemplateIndex.Hit(template: templateIndex, at: at, position: position, similarity: word.similarity))
                }
            }
            guard !hits.isEmpty else { continue }
            let contentFound = Set(hits.filter { !template.isStopword[$0.position] }.map(\.position)).count
            if pruned && contentFound < required(template.contentCount) { continue }
            if let match = bestWindow(hits, template: template, templateIndex: templateIndex, origins: origins) { results.append(match) }
        }
        return results
    }

    private func bestWindow(_ hits: [TemplateIndex.Hit], template: TemplateIndex.Template, templateIndex: Int,
                            origins: [Range<Int>]) -> TemplateIndex.TemplateMatch? {
        let span = template.tokens.count + max(3, template.tokens.count / 2)
        var best = (score: 0.0, content: 0, exact: false, window: [TemplateIndex.Hit]())
        for (startIndex, start) in hits.enumerated() {
            if hits.count > 64 && template.isStopword[start.position] && template.contentCount > 0 { continue }
            var window: [TemplateIndex.Hit] = []
            for hit in hits[startIndex...] {
                if hit.at - start.at >= span { break }
                window.append(hit)
            }
            var similarity = [Double](repeating: 0, count: template.tokens.count)
            for hit in window { similarity[hit.position] = max(similarity[hit.position], hit.similarity) }
            var score = 0.0
            for position in similarity.indices { score += similarity[position] * template.weights[position] }
            let content = similarity.indices.filter { similarity[$0] > 0 && !template.isStopword[$0] }.count
            if score > best.score { best = (score, content, similarity.allSatisfy { $0 >= 1 }, window) }
        }
        guard best.score > 0 else { return nil }
        return TemplateIndex.TemplateMatch(
            template: templateIndex, owner: template.owner, coverage: min(1, best.score / template.totalWeight),
            matchedWeight: best.score, contentMatched: best.content,
            contentInRun: longestRun(best.window, template: template), contentCount: template.contentCount, exactAll: best.exact,
            span: contentSpan(best.window, template: template, origins: origins))
    }

    /// From the first to the last content word of the window (every hit when none is one), as
    /// places of the tokens given.
    private func contentSpan(_ window: [TemplateIndex.Hit], template: TemplateIndex.Template, origins: [Range<Int>]) -> Range<Int> {
        let content = window.filter { !template.isStopword[$0.position] }
        let places = (content.isEmpty ? window : content).map(\.at)
        return origins[places.min()!].lowerBound..<origins[places.max()!].upperBound
    }

    /// The longest chain of content words, each within 2 places of the one before in text and template.
    private func longestRun(_ hits: [TemplateIndex.Hit], template: TemplateIndex.Template) -> Int {
        var runs: [Int] = []
        for hit in hits {
            let before = hits.indices.prefix(runs.count).filter {
                let earlier = hits[$0]
                return earlier.at < hit.at && hit.at - earlier.at <= 2 && hit.position > earlier.position && hit.position - earlier.position <= 2
            }
            runs.append((before.map { runs[$0] }.max() ?? 0) + (template.isStopword[hit.position] ? 0 : 1))
        }
        return runs.max() ?? 0
    }

    /// The vocabulary id of a token: its stem, its surface word, or the nearest word within the typos allowed.
    func resolve(_ token: MessageToken) -> (id: Int, similarity: Double)? {
        if let id = index.vocabulary[token.stem] { return (id, 1) }
        guard token.kind == .word, token.text.count >= 4, !token.isStopword else { return nil }
        if let id = index.surface[token.text] { return (id, 1) }
        let length = token.text.count
        let limit = TypoTolerance.standard.maxDistance(length: length)
        guard limit > 0, let first = token.text.first, let last = token.text.last else { return nil }
        var best: (id: Int, distance: Int)?
        for candidateLength in (length - limit)...(length + limit) {
            var candidates = index.surfaceByFirst[TemplateIndex.bucket(candidateLength, first)] ?? []
            if length >= 5 { candidates += index.surfaceByLast[TemplateIndex.bucket(candidateLength, last)] ?? [] }
            for candidate in candidates {
                let distance = DamerauLevenshtein.distance(token.text, candidate.word)
                if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (candidate.id, distance) }
            }
        }
        return best.map { ($0.id, TemplateIndex.fuzzySimilarity) }
    }

    /// Screenshot text read the plain way: look-alike words, split words joined, run-together words
    /// segmented; with the places of `tokens` each was read from.
    func readable(_ tokens: [MessageToken]) -> (tokens: [MessageToken], origins: [Range<Int>]) {
        func knows(_ token: MessageToken) -> Bool { index.vocabulary[token.stem] != nil || index.words.contains(token.text) }
        let language = index.tokenizer.language
        var result: [MessageToken] = []
        var origins: [Range<Int>] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            defer { position += 1 }
            guard token.kind == .word, !knows(token) else { result.append(token); origins.append(position..<position + 1); continue }
            if let word = index.lookAlikes[TemplateIndex.lookAlikeKey(token.text)] {
                result.append(MessageToken(text: word, language: language)); origins.append(position..<position + 1); continue
            }
            if position + 1 < tokens.count, tokens[position + 1].kind == .word, !knows(tokens[position + 1]) || token.text.count <= 3 {
                let joined = token.text + tokens[position + 1].text
                if let word = index.words.contains(joined) ? joined : index.lookAlikes[TemplateIndex.lookAlikeKey(joined)], word.count >= 4 {
                    result.append(MessageToken(text: word, language: language)); origins.append(position..<position + 2); position += 1; continue
                }
            }
            if let pieces = segmented(token.text) {
                result.append(contentsOf: pieces.map { MessageToken(text: $0, language: language) })
                origins.append(contentsOf: repeatElement(position..<position + 1, count: pieces.count))
                continue
            }
            result.append(token)
            origins.append(position..<position + 1)
        }
        return (result, origins)
    }

    /// The fewest template words spelling `word` (ties: the shortest last piece), as a plain
    /// dynamic programme over every split, looking pieces up by their look-alike key.
    func segmented(_ word: [UInt8]) -> [[UInt8]]? {
        let count = word.count
        guard count >= 5, count <= 40 else { return nil }
        var best = [(pieces: Int, from: Int)](repeating: (Int.max, -1), count: count + 1)
        best[0] = (0, 0)
        for end in 2...count {
            for start in stride(from: end - 2, through: max(0, end - index.longestWord), by: -1) where best[start].pieces != Int.max {
                guard best[start].pieces + 1 < best[end].pieces, piece(word[start..<end]) != nil else { continue }
                best[end] = (best[start].pieces + 1, start)
            }
        }
        guard best[count].pieces >= 2, best[count].pieces != Int.max else { return nil }
        var pieces: [[UInt8]] = []
        var end = count
        while end > 0 {
            guard let found = piece(word[best[end].from..<end]) else { return nil }
            pieces.append(found)
            end = best[end].from
        }
        guard pieces.contains(where: { $0.count >= 4 }) else { return nil }
        return pieces.reversed()
    }

    private func piece(_ slice: ArraySlice<UInt8>) -> [UInt8]? {
        guard let word = index.lookAlikeHashes[TemplateIndex.lookAlikeHash(slice)], word.count == slice.count,
              TemplateIndex.lookAlikeKey(word) == TemplateIndex.lookAlikeKey(Array(slice)) else { return nil }
        return word
    }
}
