/// A tokenizer and a chain of token filters (tantivy/Lucene style). The chain has two
/// stages: `normalizers` give a word's surface form (what typo and prefix matching compare:
/// NFKC, lower case, ASCII folding), then `filters` turn surface forms into index terms
/// (contractions, stop words, stemming).
public struct Analyzer: Sendable {
    public var tokenizer: Tokenizer
    public var normalizers: [any TokenFilter] {
        didSet { standardNormalizers = Self.isStandard(normalizers) }
    }
    public var filters: [any TokenFilter]
    /// The forms a surface form may share a word with: the words it may be a regular inflection
    /// of and their plurals ("signed": "sign", "signs"; "result": "results"), where the
    /// language's inflections are known (English); nil where only the stemmer knows them. The
    /// query parser reads it to tell a word people write from a misspelling.
    public var inflectionFamily: (@Sendable (String) -> [String])?
    /// The language's regular inflections, which a synonym's words are matched in.
    public var inflections: Inflections
    /// The language's words (`WordList`): a typed word among them is spelled right even when
    /// no article writes it; nil where none is known.
    public var words: WordList?
    /// Whether `normalizers` are the standard chain, whose result on ASCII is just lower case.
    private var standardNormalizers: Bool

    public init(tokenizer: Tokenizer = Tokenizer(), normalizers: [any TokenFilter], filters: [any TokenFilter],
                inflectionFamily: (@Sendable (String) -> [String])? = nil, inflections: Inflections = .english, words: WordList? = nil) {
        self.tokenizer = tokenizer
        self.words = words
        self.normalizers = normalizers
        self.filters = filters
        self.inflectionFamily = inflectionFamily
        self.inflections = inflections
        self.standardNormalizers = Self.isStandard(normalizers)
    }

    private static func isStandard(_ normalizers: [any TokenFilter]) -> Bool {
        normalizers.count == 3 && normalizers[0] is UnicodeNormalizationFilter && normalizers[1] is LowercaseFilter
            && normalizers[2] is DiacriticFoldingFilter
    }

    /// The analyzer for index and queries: NFKC, lower case, folding, contractions, English
    /// stop words (never negations), Porter2.
    public static let standard = Analyzer(
        normalizers: [UnicodeNormalizationFilter(), LowercaseFilter(), DiacriticFoldingFilter()],
        filters: [ContractionFilter(), StopWordFilter(), IrregularVerbFilter(), StemFilter()],
        inflectionFamily: EnglishInflections.family,
        words: .english
    )

    /// The analyzer for Spanish articles and queries: the same normalizers (accents folded
    /// first, so that an article's "contraseña" and a patient's "contrasena" are one surface
    /// form, and typo and prefix matching ignore accents), Spanish stop words (never
    /// negations), the -zc- forms of verbs in -cer and -cir, the accents the language writes
    /// put back for the Snowball Spanish stemmer, which reads them ("salió" as "salir"), then
    /// folded again with the "ñ" it keeps; synonyms read in Spanish inflections
    /// (`SpanishInflections`).
    public static let spanish = Analyzer(
        normalizers: [UnicodeNormalizationFilter(), LowercaseFilter(), DiacriticFoldingFilter()],
        filters: [StopWordFilter(stopWords: StopWordFilter.spanish), SpanishVerbFilter(), AccentRestorationFilter.spanish,
                  StemFilter(stemmer: SpanishStemmer()), DiacriticFoldingFilter()],
        inflections: .spanish,
        words: .spanish
    )

    /// The analyzer of `language`'s articles and queries.
    public static func standard(for language: Language) -> Analyzer {
        switch language {
        case .en: standard
        case .es: spanish
        }
    }

    /// This analyzer without its stop-word filter: for queries made only of stop words ("how do I").
    public var keepingStopWords: Analyzer {
        Analyzer(tokenizer: tokenizer, normalizers: normalizers, filters: filters.filter { !($0 is StopWordFilter) },
                 inflectionFamily: inflectionFamily, inflections: inflections, words: words)
    }

    /// The analyzed tokens of `text`, with positions (removed words leave no gap).
    public func analyze(_ text: String) -> [Token] {
        var tokens = tokenizer.tokenize(text)
        for filter in normalizers + filters { tokens = filter.filter(tokens) }
        return Self.assignPositions(tokens)
    }

    /// The surface form of one raw word: normalized, not yet stemmed or stopped.
    public func surface(_ word: String) -> String {
        // NFKC and folding leave ASCII as it is: only lower case applies (the same bytes
        // `LowercaseFilter` gives, without running the chain).
        if standardNormalizers, word.utf8.allSatisfy({ $0 < 0x80 }) { return LowercaseFilter.lowercasedASCII(word) }
        return Self.run(normalizers, on: Token(term: word)).first?.term ?? ""
    }

    /// The index terms of one surface form (after `normalizers`), in order.
    public func terms(ofSurface surface: String) -> [Token] {
        Self.run(filters, on: Token(term: surface))
    }

    /// Runs `chain` on one token with two reused buffers.
    private static func run(_ chain: [any TokenFilter], on token: Token) -> [Token] {
        var tokens = [token]
        var output: [Token] = []
        output.reserveCapacity(2)
        for filter in chain {
            output.removeAll(keepingCapacity: true)
            for token in tokens { filter.filter(token, into: &output) }
            swap(&tokens, &output)
        }
        return tokens
    }

    static func assignPositions(_ tokens: [Token]) -> [Token] {
        var position = -1
        return tokens.map { token in
            var token = token
            if token.positionIncrement > 0 || position < 0 { position += 1 }
            token.position = position
            return token
        }
    }
}
