import KnowledgeBase
import Foundation

/// Short texts to find inside longer ones (the articles' error messages, the causes' phrases),
/// matched token by token, tolerant of case, punctuation, typos (Damerau-Levenshtein on words),
/// word order inside a small window, missing words and surrounding text.
///
/// Matching finds, for every template with a hit, the window of the text that covers the most
/// of the template's weight. Scoring is separate: `TemplateMatch.coverage` is the covered share
/// of the template's weight; callers turn it into a confidence.
///
/// Everything about the templates is worked out once, here: vocabulary ids instead of words,
/// postings split into content words and stopwords, and per template how many of its content
/// words a match needs (`requiredContent`), so that matching skips templates that cannot match.
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

        init(owner: Int, tokens: [Int], weights: [Double], isStopword: [Bool], text: String) {
            self.owner = owner
            self.tokens = tokens
            self.weights = weights
            self.isStopword = isStopword
            self.totalWeight = weights.reduce(0, +)
            self.contentCount = isStopword.filter { !$0 }.count
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
        /// The places of the tokens given to `matches` that the window spans, from the first to
        /// the last of the template's content words found.
        var span: Range<Int>
    }

    /// Where a vocabulary word stands in a template.
    struct Posting: Sendable {
        var template: Int32
        var position: Int32
    }

    static let fuzzySimilarity = 0.8

    private(set) var templates: [Template] = []
    private(set) var vocabulary: [[UInt8]: Int] = [:]          // stem -> id
    private(set) var surface: [[UInt8]: Int] = [:]             // word as written -> id (for typo matching)
    /// Typo candidates by (length, first byte) and by (length, last byte): a typo rarely hits both ends.
    private(set) var surfaceByFirst: [Int: [TypoCandidate]] = [:]
    private(set) var surfaceByLast: [Int: [TypoCandidate]] = [:]
    /// Every place of each vocabulary id, in template order then position order.
    private(set) var postings: [[Posting]] = []
    /// The places of each id where it is a content word (not a stopword), same order.
    private(set) var contentPostings: [[Posting]] = []
    /// Per template: its `requiredContent`, and whether that is none (it can match on any word).
    private(set) var requiredContent: [Int] = []
    private(set) var needsNoContent: [Bool] = []
    /// Every word of the templates as written, for reading screenshot text (segmenting, joining).
    private(set) var words: Set<[UInt8]> = []
    /// Template words by their look-alike key (`l` for i, l, 1 and |; `o` for o and 0).
    private(set) var lookAlikes: [[UInt8]: [UInt8]] = [:]
    /// Template words by the hash of their look-alike key, to test pieces of a word without copying them.
    private(set) var lookAlikeHashes: [UInt64: [UInt8]] = [:]
    private(set) var longestWord = 0
    /// `vocabulary`, `words` and `surface` again, as tables matching reads with one cheap hash:
    /// a stem's id in `stemTable` is its vocabulary id; a word's in `surfaceTable` indexes `surfaceIDs`.
    private(set) var stemTable = ByteStringInterner()
    private(set) var wordTable = ByteStringInterner()
    private(set) var surfaceTable = ByteStringInterner()
    private(set) var surfaceIDs: [Int] = []
    /// Quick "not here" answers for two words joined (`words`, by their running hash) and for the
    /// look-alike keys of `lookAlikes` (by `lookAlikeHash`).
    private(set) var wordFilter = WordFilter()
    private(set) var lookAlikeFilter = WordFilter()
    let tokenizer: MessageTokenizer

    /// Adds templates; `documents` groups texts by owner for weighting: a word found in the texts
    /// of many owners weighs less (inverse document frequency).
    /// - Parameter requiredContent: from a template's count of content words, how many of them a
    ///   match must find to be of use (0: any hit). Templates with fewer found are not matched.
    init(documents: [(owner: Int, texts: [String])], language: Language = .original,
         requiredContent: (Int) -> Int = { _ in 0 }) {
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
            for (position, id) in ids.enumerated() {
                let posting = Posting(template: Int32(index), position: Int32(position))
                postings[id].append(posting)
                if !stops[position] { contentPostings[id].append(posting) }
            }
            let required = max(0, requiredContent(stops.filter { !$0 }.count))
            templates.append(Template(owner: entry.owner, tokens: ids, weights: weights, isStopword: stops, text: entry.text))
            self.requiredContent.append(required)
            needsNoContent.append(required == 0)
        }
        stemTable = ByteStringInterner(vocabulary.sorted { $0.value < $1.value }.map(\.key))
        wordTable = ByteStringInterner(words)
        let surfaces = surface.sorted { $0.value < $1.value }
        surfaceTable = ByteStringInterner(surfaces.map(\.key))
        surfaceIDs = surfaces.map(\.value)
    }

    private mutating func vocabularyID(for token: MessageToken) -> Int {
        if token.kind == .word {
            words.insert(token.text)
            wordFilter.insert(token.text)
            lookAlikes[Self.lookAlikeKey(token.text)] = token.text
            let lookAlikeHash = Self.lookAlikeHash(token.text[...])
            lookAlikeHashes[lookAlikeHash] = token.text
            lookAlikeFilter.insert(hash: lookAlikeHash)
            longestWord = max(longestWord, token.text.count)
        }
        if let id = vocabulary[token.stem] { return id }
        let id = postings.count
        vocabulary[token.stem] = id
        postings.append([])
        contentPostings.append([])
        if token.kind == .word && !token.isStopword && token.text.count >= 4 {
            surface[token.text] = id
            if let first = token.text.first, let last = token.text.last {
                let candidate = TypoCandidate(word: token.text, id: id)
                surfaceByFirst[Self.bucket(token.text.count, first), default: []].append(candidate)
                surfaceByLast[Self.bucket(token.text.count, last), default: []].append(candidate)
            }
        }
        return id
    }

    static func bucket(_ length: Int, _ byte: UInt8) -> Int { length << 8 | Int(byte) }
}
