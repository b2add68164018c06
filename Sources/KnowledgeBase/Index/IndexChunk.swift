/// One contiguous run of documents of an index build, worked on by its own thread in two
/// passes. The first tokenizes the texts once and collects the chunk's vocabulary: each
/// distinct raw word once, analyzed, with its count, and each token as its word and place.
/// `IndexBuildState` then merges the chunks' vocabularies in document order (so every word,
/// surface form and term gets the id a one-pass build would give it). The second pass walks
/// the recorded tokens and writes the chunk's postings, bigrams, lengths and forward index
/// with those global term ids, for `IndexBuildState` to concatenate.
struct IndexChunk {
    let documents: Range<Int>
    let analyzer: Analyzer

    // Pass 1: the vocabulary.
    /// The chunk's distinct raw words (compound wholes without hyphens), in order of first occurrence.
    private(set) var words = ByteStringInterner(capacity: 1 << 14)
    /// Per word: occurrences in the chunk, surface form, and index terms.
    private(set) var occurrences: [Int32] = []
    private(set) var surfaces: [String] = []
    private(set) var wordTerms: [[String]] = []
    private var scratch: [UInt8] = []
    /// Every token of the chunk's non-empty texts, in order, and where each text's tokens end.
    private var tokens: [Token] = []
    private var textEnds: [Int32] = []

    /// A token as pass 2 needs it: its chunk-local word, its bytes in the text, whether it takes a new position.
    private struct Token {
        var word: Int32
        var start: Int32
        var length: UInt16
        var takesPosition: Bool
    }

    // Pass 2: postings (global term ids; bigram ids local to the chunk, see `bigramPairs`).
    private(set) var termAccumulator = DocumentAccumulator(tracksSections: true)
    private(set) var bigramAccumulator = DocumentAccumulator()
    private var bigrams = BigramTable(capacity: 1 << 14)
    /// The term pair of each local bigram id, in id order (= order of first occurrence).
    private(set) var bigramPairs: [(first: Int32, second: Int32)] = []
    /// `IndexField.count` lengths per document.
    private(set) var lengths: [Int32] = []
    private var documentLengths = [Int32](repeating: 0, count: IndexField.count)
    /// The chunk's part of the forward index, numbered from 0.
    private(set) var forward = ForwardIndex()

    init(documents: Range<Int>, analyzer: Analyzer) {
        self.documents = documents
        self.analyzer = analyzer
    }

    /// The texts of an article that are indexed, in indexing order: title, aliases, error
    /// messages, summary, the text of other articles' links to it, then per section its
    /// heading and its body. `section` is the section's number (-1 outside sections);
    /// `endOfSection` follows each section's body.
    enum Part {
        case text(String, field: IndexField, section: Int)
        case endOfHeading
        case endOfSection
    }

    /// A link's text names the article it points to, as anchor text does in web search: the
    /// triage article's "how to change your contact details" is a name of the contact-details
    /// article. So the text of each link from another article is indexed in the target's
    /// body, outside its sections, like the summary. The linking article keeps the words too:
    /// taking them out of it lost pasted msdocs messages, whose articles' links are often
    /// about the article itself.
    static func forEachPart(of article: Article, linkedAs incoming: [String], _ body: (Part) -> Void) {
        body(.text(article.title, field: .title, section: -1))
        for alias in article.aliases { body(.text(alias, field: .aliases, section: -1)) }
        for error in article.errors { for message in error.allMessages { body(.text(message, field: .errors, section: -1)) } }
        if !article.summary.isEmpty { body(.text(article.summary, field: .body, section: -1)) }
        for text in incoming { body(.text(text, field: .body, section: -1)) }
        for (number, section) in article.sections.enumerated() {
            body(.text(section.heading, field: .headings, section: number))
            body(.endOfHeading)
            body(.text(section.text, field: .body, section: number))
            body(.endOfSection)
        }
    }

    /// Per article, the text of the links to it from other articles (see `forEachPart`).
    static func incomingLinkTexts(_ articles: [Article]) -> [[String]] {
        var number: [ArticleID: Int] = [:]
        for (index, article) in articles.enumerated() { number[article.id] = index }
        var incoming = [[String]](repeating: [], count: articles.count)
        for article in articles {
            for section in article.sections where !section.linkTexts.isEmpty {
                // Sliced in place: offsets into a native string's UTF-8 cost nothing to reach.
                let utf8 = section.text.utf8
                for link in section.linkTexts where link.target != article.id {
                    guard let target = number[link.target], link.range.upperBound <= utf8.count else { continue }
                    let start = utf8.index(utf8.startIndex, offsetBy: link.range.lowerBound)
                    let end = utf8.index(start, offsetBy: link.range.count)
                    incoming[target].append(String(decoding: utf8[start..<end], as: UTF8.self))
                }
            }
        }
        return incoming
    }

    /// The chunk-local id of a raw word, and whether it is new.
    private mutating func localWord(_ raw: Tokenizer.RawToken, _ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let slice = UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
        guard raw.isCompoundWhole else { return words.intern(slice) }
        scratch.removeAll(keepingCapacity: true)
        for byte in slice where byte != UInt8(ascii: "-") { scratch.append(byte) }
        return scratch.withUnsafeBufferPointer { words.intern($0) }
    }

    /// Pass 1: counts every raw word of the chunk's documents, analyzes each new one, and records the tokens.
    mutating func collectVocabulary(_ articles: [Article], incoming: [[String]]) {
        let tokenizer = analyzer.tokenizer
        for document in documents {
            Self.forEachPart(of: articles[document], linkedAs: incoming[document]) { part in
                guard case .text(var text, _, _) = part, !text.isEmpty else { return }
                text.withUTF8 { bytes in
                    tokenizer.scan(bytes) { raw in
                        let word = localWord(raw, bytes)
                        tokens.append(Token(word: Int32(word.id), start: Int32(raw.start),
                                            length: UInt16(min(raw.end - raw.start, Int(UInt16.max))),
                                            takesPosition: raw.positionIncrement > 0))
                        if word.isNew {
                            let surface = analyzer.surface(raw.text(in: bytes))
                            surfaces.append(surface)
                            wordTerms.append(analyzer.terms(ofSurface: surface).map(\.term))
                            occurrences.append(0)
                        }
                        occurrences[word.id] += 1
                    }
                }
                textEnds.append(Int32(tokens.count))
            }
        }
    }

    /// The index terms of every global word: word `w`'s are `terms[start[w]..<start[w+1]]`;
    /// `keyTerm[w]` is the term of its synonym word key, or -1; `particle[w]` its number as a
    /// particle, or -1; `pairTerms[w * particleCount + p]` the term of its key joined with
    /// particle `p` ("=sign in"), or -1.
    struct WordTerms {
        var start: [Int32]
        var terms: [Int32]
        var keyTerm: [Int32]
        var particle: [Int8]
        var pairTerms: [Int32]
        var particleCount: Int

        /// The term of `word`'s key joined with the particle that `next` spells, or -1.
        func pairTerm(_ word: Int, next: Int) -> Int32 {
            let particle = Int(self.particle[next])
            return particle < 0 ? -1 : pairTerms[word * particleCount + particle]
        }
    }

    /// Pass 2: indexes the chunk's documents from pass 1's tokens; `wordMap` takes a local word to its global word.
    mutating func index(_ articles: [Article], incoming: [[String]], wordMap: [Int32], words: WordTerms) {
        var text = 0
        for document in documents {
            Self.forEachPart(of: articles[document], linkedAs: incoming[document]) { part in
                switch part {
                case .text(let content, let field, let section):
                    guard !content.isEmpty else { return }
                    add(text: text, field: field, section: section, forwardTokens: field == .body && section >= 0,
                        headingTerms: field == .headings, wordMap: wordMap, words: words)
                    if field == .body && section >= 0 { HTMLText.appendEscapeOffsets(of: content, to: &forward.escapeOffset) }
                    text += 1
                case .endOfHeading:
                    forward.headingStart.append(Int32(forward.headingTerm.count))
                case .endOfSection:
                    forward.tokenStart.append(Int32(forward.term.count))
                    forward.escapeStart.append(Int32(forward.escapeOffset.count))
                }
            }
            forward.sectionStart.append(Int32(forward.tokenStart.count - 1))
            lengths.append(contentsOf: documentLengths)
            for field in 0..<IndexField.count { documentLengths[field] = 0 }
            termAccumulator.finishDocument(document)
            bigramAccumulator.finishDocument(document)
        }
        tokens = []
        textEnds = []
    }

    /// Indexes the tokens of text number `text` (of the chunk's non-empty texts) in a field;
    /// adjacent terms form bigrams within this text only. A word's synonym key term, and the
    /// term of its key joined with a particle written right after it ("=sign in"), are posted
    /// beside its terms but take no position: they count in no length, bigram or forward
    /// stream, so the stems score exactly as without them.
    private mutating func add(text: Int, field: IndexField, section: Int, forwardTokens: Bool, headingTerms: Bool,
                              wordMap: [Int32], words: WordTerms) {
        var previousTerm: Int32 = -1
        let fieldIndex = field.rawValue
        let end = Int(textEnds[text])
        for index in Int(text == 0 ? 0 : textEnds[text - 1])..<end {
            let token = tokens[index]
            let word = Int(wordMap[Int(token.word)])
            if words.keyTerm[word] >= 0 {
                termAccumulator.add(key: Int(words.keyTerm[word]), field: fieldIndex, section: section)
                if words.particleCount > 0, index + 1 < end {
                    let pair = words.pairTerm(word, next: Int(wordMap[Int(tokens[index + 1].word)]))
                    if pair >= 0 { termAccumulator.add(key: Int(pair), field: fieldIndex, section: section) }
                }
            }
            for position in Int(words.start[word])..<Int(words.start[word + 1]) {
                let term = words.terms[position]
                documentLengths[fieldIndex] += 1
                termAccumulator.add(key: Int(term), field: fieldIndex, section: section)
                if token.takesPosition {
                    if previousTerm >= 0 {
                        let known = bigrams.count
                        let bigram = bigrams.intern(previousTerm, term)
                        if bigrams.count > known { bigramPairs.append((previousTerm, term)) }
                        bigramAccumulator.add(key: bigram, field: fieldIndex)
                    }
                    previousTerm = term
                }
                if forwardTokens {
                    forward.term.append(term)
                    forward.offset.append(token.start)
                    forward.length.append(token.length)
                }
                if headingTerms { forward.headingTerm.append(term) }
            }
        }
    }
}
