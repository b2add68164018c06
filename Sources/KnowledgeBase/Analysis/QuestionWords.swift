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

    /// Each question word alone, in bit order.
    static let each: [QuestionWords] = [.how, .why, .who, .where, .when, .what]

    /// The English names of the set's question words, in bit order ("why"), for explanations.
    var names: [String] {
        zip(Self.each, ["how", "why", "who", "where", "when", "what"]).filter { contains($0.0) }.map(\.1)
    }

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
        /// The form's lower-case UTF-8 bytes packed into an integer (`Word.packed`).
        var key: UInt64
        var words: QuestionWords
        /// Counts only at the start of the text or after punctuation.
        var startsClauseOnly: Bool
        /// Spanish "por": "por qué" (or "por que" starting a clause) asks why.
        var isPor = false
    }

    /// Every form, each at most 8 bytes: a longer word is none of them.
    private static let forms: [Form] = {
        var forms: [Form] = []
        func add(_ words: QuestionWords, anywhere: [String], clauseStart: [String] = []) {
            for form in anywhere { forms.append(Form(key: Word(form).packed, words: words, startsClauseOnly: false)) }
            for form in clauseStart { forms.append(Form(key: Word(form).packed, words: words, startsClauseOnly: true)) }
        }
        add(.how, anywhere: ["how", "cómo"], clauseStart: ["como"])
        add(.why, anywhere: ["why", "porqué"])
        add(.who, anywhere: ["who", "whom", "quién", "quiénes"], clauseStart: ["quien", "quienes"])
        add(.where, anywhere: ["dónde"], clauseStart: ["where", "donde"])
        add(.when, anywhere: ["cuándo"], clauseStart: ["when", "cuando"])
        add(.what, anywhere: ["qué", "cuál", "cuáles"], clauseStart: ["what", "which", "que", "cual", "cuales"])
        forms.append(Form(key: Word("por").packed, words: .why, startsClauseOnly: false, isPor: true))
        return forms
    }()

    /// A word's first 8 lower-case UTF-8 bytes packed into an integer, with its length: no
    /// allocation per word.
    private struct Word {
        var packed: UInt64 = 0
        var count = 0

        init() {}

        init(_ form: String) {
            for byte in form.utf8 { append(byte) }
        }

        mutating func append(_ byte: UInt8) {
            if count < 8 { packed = packed << 8 | UInt64(byte) }
            count += 1
        }

        var form: Form? {
            guard count >= 3, count <= 8 else { return nil }
            // Every form starts with one of "cdhpqw": most words are ruled out by their first byte.
            switch UInt8(truncatingIfNeeded: packed >> UInt64(8 * (count - 1))) {
            case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "p"), UInt8(ascii: "q"), UInt8(ascii: "w"):
                return QuestionWords.forms.first { $0.key == packed }
            default: return nil
            }
        }
    }

    /// Calls `body` with each question word of `text`, in order, while it returns true. Reads
    /// UTF-8 bytes: ASCII letters and digits, and letters beyond ASCII, make words; the
    /// Latin-1 capitals ("Á", "Ó", "Ñ") are lowered; the Spanish and typographic marks ("¿",
    /// "¡", quotes, dashes) are punctuation and the no-break space is a space.
    private static func forEachQuestionWord(in text: String, _ body: (QuestionWords) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var word = Word()
            var wordStartsClause = true
            var punctuationSinceWord = true
            var previous: Form?
            var previousStartsClause = false
            func finish() -> Bool {
                defer { word = Word() }
                let form = word.form
                defer { (previous, previousStartsClause) = (form, wordStartsClause) }
                // "por qué" anywhere; "por que" where an unaccented form counts.
                if let previous, previous.isPor, let form, form.words == .what {
                    if !form.startsClauseOnly || previousStartsClause { return body(.why) }
                    return true
                }
                guard let form, !form.isPor, !form.startsClauseOnly || wordStartsClause else { return true }
                return body(form.words)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // Whether the character joins a word (as `lowered`), or is a space or a mark.
                var isWordCharacter = true
                var isSpace = false
                var lowered = byte
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): lowered = byte + 32
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): isWordCharacter = false; isSpace = true
                case 0xC2 where index < bytes.count:
                    // U+0080-U+00BF: symbols and marks ("¿", "¡", "«"); U+00A0 is the no-break space.
                    isWordCharacter = false
                    isSpace = bytes[index] == 0xA0
                    index += 1
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80:
                    // U+2000-U+203F: spaces, dashes, quotes and other punctuation.
                    isWordCharacter = false
                    isSpace = bytes[index + 1] <= 0x8A || bytes[index + 1] == 0xAF
                    index += 2
                case 0x80...: break
                default: isWordCharacter = false
                }
                if isWordCharacter {
                    if word.count == 0 { (wordStartsClause, punctuationSinceWord) = (punctuationSinceWord, false) }
                    word.append(lowered)
                    // U+00C0-U+00DE: Latin-1 capitals ("Á", "Ó", "Ñ"; not "×", U+00D7) lower by 0x20.
                    if byte == 0xC3, index < bytes.count {
                        let second = bytes[index]
                        word.append(second >= 0x80 && second <= 0x9E && second != 0x97 ? second + 0x20 : second)
                        index += 1
                    }
                } else {
                    if word.count > 0, !finish() { return }
                    if !isSpace { punctuationSinceWord = true }
                }
            }
            if word.count > 0 { _ = finish() }
        }
    }
}
