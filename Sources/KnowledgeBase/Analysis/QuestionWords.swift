/// The question words of English and Spanish, as a set: what kind of answer a question asks
/// for ("why": a reason, "who": someone to contact, "how": steps) and what a heading answers
/// ("Why you got it", "Who to contact", "How to fix it", "¿Cómo obtengo acceso?").
///
/// Both analyzers drop these words as stop words (they are in nearly every question), so a
/// query's words alone cannot tell "why did I get an invite" from "how do I get an invite".
/// `SectionPicker` reads them here instead: a heading that names the question the person
/// asks is the answer's kind.
///
/// A word counts as a question word only where it asks. English "how", "why" and "who" do
/// anywhere; "what", "when", "where" and "which" also start relative clauses ("an error when
/// I sign in"), so they count at the start of the text or after punctuation. Spanish marks
/// the question word with its accent ("qué", "cómo", "dónde", "por qué"); people often type
/// without accents, so an unaccented form ("como", "que") counts only at the start of the
/// text or after punctuation, where "que" and "como" rarely mean "that" and "as".
struct QuestionWords: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let how = QuestionWords(rawValue: 1 << 0)
    static let why = QuestionWords(rawValue: 1 << 1)
    static let who = QuestionWords(rawValue: 1 << 2)
    static let `where` = QuestionWords(rawValue: 1 << 3)
    static let when = QuestionWords(rawValue: 1 << 4)
    static let what = QuestionWords(rawValue: 1 << 5)

    /// Each question word alone, in bit order (`bit`).
    static let each: [QuestionWords] = [.how, .why, .who, .where, .when, .what]
    static let names = ["how", "why", "who", "where", "when", "what"]

    /// The question the text asks: its first question word, or none. Later ones start the
    /// clauses that follow it ("why did I get an invite when I never asked").
    static func asked(in text: String) -> QuestionWords {
        var asked: QuestionWords = []
        forEachQuestionWord(in: text) { word in
            asked = word
            return false
        }
        return asked
    }

    /// Every question word of a heading.
    static func named(in heading: String) -> QuestionWords {
        var named: QuestionWords = []
        forEachQuestionWord(in: heading) { word in
            named.formUnion(word)
            return true
        }
        return named
    }

    /// What a written form is, and where it counts (see the type's summary).
    private struct Form {
        var words: QuestionWords
        /// Counts only at the start of the text or after punctuation.
        var startsClauseOnly: Bool
        /// Spanish "por": "por qué" (or "por que" starting a clause) asks why.
        var isPor = false
    }

    /// Written forms, lower case, keyed by their UTF-8 bytes packed into an integer (every
    /// form is at most 8 bytes: a longer word is none of them).
    private static let forms: [UInt64: Form] = {
        var forms: [UInt64: Form] = [:]
        func add(_ words: QuestionWords, anywhere: [String], clauseStart: [String] = []) {
            for form in anywhere { forms[pack(Array(form.utf8))!] = Form(words: words, startsClauseOnly: false) }
            for form in clauseStart { forms[pack(Array(form.utf8))!] = Form(words: words, startsClauseOnly: true) }
        }
        add(.how, anywhere: ["how", "cómo"], clauseStart: ["como"])
        add(.why, anywhere: ["why", "porqué"])
        add(.who, anywhere: ["who", "whom", "quién", "quiénes"], clauseStart: ["quien", "quienes"])
        add(.where, anywhere: ["dónde"], clauseStart: ["where", "donde"])
        add(.when, anywhere: ["cuándo"], clauseStart: ["when", "cuando"])
        add(.what, anywhere: ["qué", "cuál", "cuáles"], clauseStart: ["what", "which", "que", "cual", "cuales"])
        forms[pack(Array("por".utf8))!] = Form(words: .why, startsClauseOnly: false, isPor: true)
        return forms
    }()

    private static func pack(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        return bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// Calls `body` with each question word of `text`, in order, while it returns true.
    private static func forEachQuestionWord(in text: String, _ body: (QuestionWords) -> Bool) {
        // Words as lower-case UTF-8, at most 9 bytes kept (enough to tell a longer word).
        var word: [UInt8] = []
        word.reserveCapacity(9)
        var wordStartsClause = true
        var punctuationSinceWord = true
        var previous: Form?
        var previousStartsClause = false
        func finish() -> Bool {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return true }
            let form = pack(word).flatMap { forms[$0] }
            defer { (previous, previousStartsClause) = (form, wordStartsClause) }
            // "por qué" anywhere; "por que" where an unaccented form counts.
            if let previous, previous.isPor, let form, form.words == .what {
                if !form.startsClauseOnly || previousStartsClause { return body(.why) }
                return true
            }
            guard let form, !form.isPor, !form.startsClauseOnly || wordStartsClause else { return true }
            return body(form.words)
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                if word.isEmpty { (wordStartsClause, punctuationSinceWord) = (punctuationSinceWord, false) }
                guard word.count < 9 else { continue }
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
                } else {
                    let lower = scalar.properties.isUppercase ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
                    if let encoded = UTF8.encode(lower) { word.append(contentsOf: encoded) }
                }
            } else {
                if !word.isEmpty, !finish() { return }
                if !scalar.properties.isWhitespace { punctuationSinceWord = true }
            }
        }
        _ = finish()
    }
}
