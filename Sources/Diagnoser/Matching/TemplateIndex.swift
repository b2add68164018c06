import KnowledgeBase
import Foundation

/// Short texts to find inside longer ones (the articles' error messages, the causes' phrases),
/// matched token by token, tolerant of case, punctuation, typos (Damerau-Levenshtein on words),
/// word order inside a small window, missing words and surrounding text.
///
/// Matching finds, for every template with a hit, the window of the text that covers the most
/// of the template's weight. Scoring is separate: `TemplateMatch.coverage` is the covered share
/// of the template's weight; callers turn it into a confidence.
struct TemplateIndex: Sendable {
    /// A class so that matching reads it without copying its arrays.
    final class Template: Sendable {
        let owner: Int
        let tokens: [Int]          // vocabulary ids
        let weights: [Double]
        let isStopword: [Bool]
        let totalWeight: Double
        let contentCount: Int
        let text: String

        init(owner: Int, tokens: [Int], weights: [Double], isStopword: [Bool], totalWeight: Double, contentCount: Int, text: String) {
            self.owner = owner
            self.tokens = tokens
            self.weights = weights
            self.isStopword = isStopword
            self.totalWeight = totalWeight
            self.contentCount = contentCount
            self.text = text
        }
    }

    struct TemplateMatch: Sendable, Hashable {
        var template: Int
        var owner: Int
        /// Share of the template's weight found, 0…1 (typo matches count 0.8).
        var coverage: Double
        /// The template weight found (distinctive words weigh more): how much evidence, not what share.
        var matchedWeight: Double
        /// Words of the template (not stopwords) found.
        var contentMatched: Int
        /// Words of the template found in one run: in order, side by side (a stopword may be skipped).
        var contentInRun: Int
        var contentCount: Int
        var exactAll: Bool
    }

    static let fuzzySimilarity = 0.8

    private(set) var templates: [Template] = []
    private var vocabulary: [[UInt8]: Int] = [:]          // stem -> id
    private var surface: [[UInt8]: Int] = [:]             // word as written -> id (for typo matching)
    /// Typo candidates by (length, first byte) and by (length, last byte): a typo rarely hits both ends.
    private var surfaceByFirst: [Int: [(word: [UInt8], id: Int)]] = [:]
    private var surfaceByLast: [Int: [(word: [UInt8], id: Int)]] = [:]
    private var postings: [[(template: Int, position: Int)]] = []
    /// Every word of the templates as written, for reading screenshot text (segmenting, joining).
    private var words: Set<[UInt8]> = []
    /// Template words by their look-alike key (`l` for i, l, 1 and |; `o` for o and 0).
    private var lookAlikes: [[UInt8]: [UInt8]] = [:]
    /// Template words by the hash of their look-alike key, to test pieces of a word without copying them.
    private var lookAlikeHashes: [UInt64: [UInt8]] = [:]
    private var longestWord = 0
    private let tokenizer: MessageTokenizer

    /// Adds templates; `documents` groups texts by owner for weighting: a word found in the texts
    /// of many owners weighs less (inverse document frequency).
    init(documents: [(owner: Int, texts: [String])], language: Language = .original) {
        tokenizer = MessageTokenizer(language: language)
        var tokenized: [(owner: Int, text: String, tokens: [MessageToken])] = []
        var documentFrequency: [[UInt8]: Int] = [:]
        for document in documents {
            var seen = Set<[UInt8]>()
            for text in document.texts {
                let tokens = tokenizer.tokens(text)
                guard !tokens.isEmpty else { continue }
                tokenized.append((document.owner, text, tokens))
                for token in tokens { seen.insert(token.stem) }
            }
            for stem in seen { documentFrequency[stem, default: 0] += 1 }
        }
        let documentCount = Double(max(documents.count, 1))
        for entry in tokenized {
            var ids: [Int] = [], weights: [Double] = [], stops: [Bool] = []
            for token in entry.tokens {
                let id = vocabularyID(for: token)
                ids.append(id)
                let isStop = token.isStopword
                stops.append(isStop)
                if isStop {
                    weights.append(0.15)
                } else if token.kind != .word {
                    weights.append(0.3)
                } else {
                    let df = Double(documentFrequency[token.stem] ?? 1)
                    weights.append(1 + 0.5 * log(documentCount / df))
                }
            }
            let index = templates.count
            for (position, id) in ids.enumerated() { postings[id].append((index, position)) }
            templates.append(Template(
                owner: entry.owner, tokens: ids, weights: weights, isStopword: stops,
                totalWeight: weights.reduce(0, +), contentCount: stops.filter { !$0 }.count, text: entry.text
            ))
        }
    }

    private mutating func vocabularyID(for token: MessageToken) -> Int {
        if token.kind == .word {
            words.insert(token.text)
            lookAlikes[Self.lookAlikeKey(token.text)] = token.text
            lookAlikeHashes[Self.lookAlikeHash(token.text[...])] = token.text
            longestWord = max(longestWord, token.text.count)
        }
        if let id = vocabulary[token.stem] { return id }
        let id = postings.count
        vocabulary[token.stem] = id
        postings.append([])
        if token.kind == .word && !token.isStopword && token.text.count >= 4 {
            surface[token.text] = id
            if let first = token.text.first, let last = token.text.last {
                surfaceByFirst[Self.bucket(token.text.count, first), default: []].append((token.text, id))
                surfaceByLast[Self.bucket(token.text.count, last), default: []].append((token.text, id))
            }
        }
        return id
    }

    /// The vocabulary id a text token stands for, and how similar it is (1 exact, 0.8 a typo).
    func resolve(_ token: MessageToken) -> (id: Int, similarity: Double)? {
        if let id = vocabulary[token.stem] { return (id, 1) }
        guard token.kind == .word, token.text.count >= 4, !token.isStopword else { return nil }
        if let id = surface[token.text] { return (id, 1) }
        let length = token.text.count
        let limit = TypoTolerance.standard.maxDistance(length: length)
        guard limit > 0 else { return nil }
        guard let first = token.text.first, let last = token.text.last else { return nil }
        var best: (id: Int, distance: Int)?
        func consider(_ candidates: [(word: [UInt8], id: Int)]?) {
            for candidate in candidates ?? [] {
                let distance = DamerauLevenshtein.distance(token.text, candidate.word, limit: limit)
                if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (candidate.id, distance) }
            }
        }
        for candidateLength in (length - limit)...(length + limit) {
            consider(surfaceByFirst[Self.bucket(candidateLength, first)])
            if length >= 5 { consider(surfaceByLast[Self.bucket(candidateLength, last)]) }
        }
        return best.map { ($0.id, Self.fuzzySimilarity) }
    }

    /// The most template words (not stopwords) in one chain of hits where each follows the previous
    /// one within 2 places in both the text and the template.
    static func longestRun(_ hits: ArraySlice<(template: Int, at: Int, position: Int, similarity: Double)>, template: Template) -> Int {
        var runs: [Int] = []
        runs.reserveCapacity(hits.count)
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

    // MARK: Screenshot text

    /// `l` for the letters and digits text recognition confuses with l (i, 1, |), `o` for 0.
    static func lookAlikeKey(_ word: [UInt8]) -> [UInt8] {
        word.map { byte in
            switch byte {
            case UInt8(ascii: "i"), UInt8(ascii: "1"), UInt8(ascii: "|"): return UInt8(ascii: "l")
            case UInt8(ascii: "0"): return UInt8(ascii: "o")
            default: return byte
            }
        }
    }

    /// Tokens as text recognition should have read them, against the templates' own words: a word
    /// with look-alike characters (`lnvalid`, `c0de`) becomes the template word; a word split by a
    /// stray space or line break (`va lid`) is joined; words run together (`usernamehas`) are
    /// split into template words. Tokens the templates know, or that none of this explains, stay.
    func readable(_ tokens: [MessageToken]) -> [MessageToken] {
        var result: [MessageToken] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word, !knows(token) else { result.append(token); index += 1; continue }
            if let word = lookAlikes[Self.lookAlikeKey(token.text)] {
                result.append(MessageToken(text: word, language: tokenizer.language)); index += 1; continue
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, !knows(tokens[index + 1]) || token.text.count <= 3 {
                let joined = token.text + tokens[index + 1].text
                if let word = words.contains(joined) ? joined : lookAlikes[Self.lookAlikeKey(joined)], word.count >= 4 {
                    result.append(MessageToken(text: word, language: tokenizer.language)); index += 2; continue
                }
            }
            if let pieces = segmented(token.text) {
                result.append(contentsOf: pieces.map { MessageToken(text: $0, language: tokenizer.language) }); index += 1; continue
            }
            result.append(token)
            index += 1
        }
        return result
    }

    private func knows(_ token: MessageToken) -> Bool { vocabulary[token.stem] != nil || words.contains(token.text) }

    /// The fewest template words (2 letters or more, one of them 4 or more) that spell `word`, or nil.
    func segmented(_ word: [UInt8]) -> [[UInt8]]? {
        let count = word.count
        guard count >= 5, count <= 40 else { return nil }
        // best[i]: fewest pieces spelling word[0..<i], and where the last piece starts.
        var best = [(pieces: Int, from: Int)](repeating: (Int.max, -1), count: count + 1)
        best[0] = (0, 0)
        for end in 2...count {
            for start in stride(from: end - 2, through: max(0, end - longestWord), by: -1) where best[start].pieces != Int.max {
                guard best[start].pieces + 1 < best[end].pieces, piece(word[start..<end]) != nil else { continue }
                best[end] = (best[start].pieces + 1, start)
            }
        }
        guard best[count].pieces >= 2, best[count].pieces != Int.max else { return nil }
        var pieces: [[UInt8]] = []
        var end = count
        while end > 0 {
            let start = best[end].from
            guard let found = piece(word[start..<end]) else { return nil }
            pieces.append(found)
            end = start
        }
        guard pieces.contains(where: { $0.count >= 4 }) else { return nil }
        return pieces.reversed()
    }

    /// The template word a piece of text reads as (look-alike characters allowed), or nil.
    private func piece(_ slice: ArraySlice<UInt8>) -> [UInt8]? {
        guard let word = lookAlikeHashes[Self.lookAlikeHash(slice)], word.count == slice.count,
              zip(Self.lookAlikeKey(word), slice).allSatisfy({ $0 == Self.lookAlikeKey([$1])[0] }) else { return nil }
        return word
    }

    /// FNV-1a over the look-alike key of `bytes`.
    static func lookAlikeHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            let folded: UInt8
            switch byte {
            case UInt8(ascii: "i"), UInt8(ascii: "1"), UInt8(ascii: "|"): folded = UInt8(ascii: "l")
            case UInt8(ascii: "0"): folded = UInt8(ascii: "o")
            default: folded = byte
            }
            hash = (hash ^ UInt64(folded)) &* 0x100000001b3
        }
        return hash
    }

    private static func bucket(_ length: Int, _ byte: UInt8) -> Int { length << 8 | Int(byte) }

    /// The best window of `tokens` for every template that has at least one word in it.
    func matches(in tokens: [MessageToken]) -> [TemplateMatch] {
        let tokens = readable(tokens)
        // Every (template, message position, template position, similarity), grouped by template
        // and in message order after sorting.
        var found: [(template: Int, at: Int, position: Int, similarity: Double)] = []
        var perTemplate = [Int](repeating: 0, count: templates.count + 1)
        for (at, token) in tokens.enumerated() {
            guard let (id, similarity) = resolve(token) else { continue }
            for posting in postings[id] {
                found.append((posting.template, at, posting.position, similarity))
                perTemplate[posting.template + 1] += 1
            }
        }
        // Grouped by template with a counting sort: hits were found in message order, and
        // each keeps its place within its template (what a stable sort by template, then
        // message position, gives), in linear time.
        for template in templates.indices { perTemplate[template + 1] += perTemplate[template] }
        var allHits = found
        for hit in found {
            allHits[perTemplate[hit.template]] = hit
            perTemplate[hit.template] += 1
        }
        var results: [TemplateMatch] = []
        var groupStart = 0
        var bestSimilarity: [Double] = []
        while groupStart < allHits.count {
            let templateIndex = allHits[groupStart].template
            var groupEnd = groupStart
            while groupEnd < allHits.count && allHits[groupEnd].template == templateIndex { groupEnd += 1 }
            let templateHits = allHits[groupStart..<groupEnd]
            groupStart = groupEnd
            let template = templates[templateIndex]
            let span = template.tokens.count + max(3, template.tokens.count / 2)
            var best = (score: 0.0, content: 0, exact: false, start: templateHits.startIndex, end: templateHits.startIndex)
            bestSimilarity.removeAll(keepingCapacity: true)
            bestSimilarity.append(contentsOf: repeatElement(0, count: template.tokens.count))
            for startIndex in templateHits.indices {
                let start = templateHits[startIndex]
                // In long texts, windows start only at content words (stopwords hit everywhere).
                if templateHits.count > 64 && template.isStopword[start.position] && template.contentCount > 0 { continue }
                for i in bestSimilarity.indices { bestSimilarity[i] = 0 }
                var index = startIndex
                while index < templateHits.endIndex && templateHits[index].at - start.at < span {
                    let hit = templateHits[index]
                    bestSimilarity[hit.position] = max(bestSimilarity[hit.position], hit.similarity)
                    index += 1
                }
                var score = 0.0, content = 0, exact = true
                for position in bestSimilarity.indices {
                    score += bestSimilarity[position] * template.weights[position]
                    if bestSimilarity[position] > 0 && !template.isStopword[position] { content += 1 }
                    if bestSimilarity[position] < 1 { exact = false }
                }
                if score > best.score { best = (score, content, exact, startIndex, index) }
            }
            guard best.score > 0 else { continue }
            results.append(TemplateMatch(
                template: templateIndex, owner: template.owner, coverage: min(1, best.score / template.totalWeight), matchedWeight: best.score,
                contentMatched: best.content,
                contentInRun: Self.longestRun(templateHits[best.start..<best.end], template: template),
                contentCount: template.contentCount, exactAll: best.exact
            ))
        }
        return results
    }
}
