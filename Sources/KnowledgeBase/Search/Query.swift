/// A parsed query: one clause per query word (or per synonym phrase), each with the
/// alternative ways a document can match it.
struct Query: Sendable {
    var clauses: [QueryClause]
    /// Words read as misspelled: those that matched no index term as typed, and in a typed query
    /// those known only by a stem that no word of the collection is written with
    /// (`QueryParser.isWritten`). The candidates for "did you mean".
    var misspelledWords: [AnalyzedWord]
    /// The word forms within each misspelled word's typo allowance, keyed by the word as typed:
    /// found once by the parser, read again by `SpellingSuggester`.
    var typoMatches: [String: [SurfaceDictionary.FuzzyMatch]] = [:]
    /// The misspelled words read as words typed together ("phonenumber", "dateofbirth"), keyed
    /// by the word as typed: the words, written apart ("phone number", "date of birth"), for
    /// `SpellingSuggester`.
    var writtenApart: [String: String] = [:]
    var words: [AnalyzedWord]
    /// Typed (short) or pasted (long): decides the ranking rules and the match policy.
    var style: QueryStyle
    /// The phrase a document must hold for the phrase rule (see `RankingKey`): the bigrams of
    /// quoted words, or of the whole typed query in a title, alias, error message or heading.
    var phrase: QueryPhrase?
    /// For a typed query of two words or more (not quoted): every word as typed, stop words
    /// kept, as `SurfaceDictionary` ids, a misspelled word as its closest correction (empty
    /// when a word is in no article and has no correction). An article with a
    /// label of exactly these words ranks first in the phrase rule (`LabelPhrases`).
    var typedWords: [Int32] = []
    /// For a typed, unquoted query: its words besides stop words, as `SurfaceDictionary` ids,
    /// ascending, no repeats, misspelled words corrected as in `typedWords` (empty when none
    /// is left, or when one is in no article and has no correction). An
    /// article with a label of exactly these words, in any order and with any stop words,
    /// comes next in the phrase rule (`LabelPhrases.wordSet`).
    var typedWordSet: [Int32] = []
    /// For a typed query of two words or more (not quoted): its words as the restatement rule
    /// reads them (`LabelPhrases.restatement`: synonyms as their class, "I" as "you"). An
    /// article with a label that says the same ranks with those labelled exactly as typed.
    var restatedWords: [Int32] = []
    /// `restatedWords` as a set (`LabelPhrases.restatedWordSet`): an article with a label that
    /// says the same in any order, with any stop words, ranks with those labelled by the
    /// query's words (`typedWordSet`).
    var restatedWordSet: [Int32] = []
    /// When the text asks what the site is (`SiteQuestion`): the articles that answer it,
    /// ascending. They rank with those labelled exactly as typed.
    var siteQuestionDocuments: [Int32] = []
    /// The question the text asks (its first question word, `QuestionWords.asked`): for the
    /// section a hit links to, read from the text since analysis drops question words.
    var asked: QuestionWords = []

    /// Whether the words no article has in a label (`QueryClause.isIncidental`) are among those
    /// a document must cover to match (`MatchPolicy`): in a query of one or two words, or of
    /// such words only. Otherwise they are the person's circumstances, not what is asked.
    var coversIncidentalWords: Bool { clauses.count <= 2 || clauses.allSatisfy(\.isIncidental) }
}

/// How a query was written, judged by its words (`RankingParameters.maxWordsForTypos`).
enum QueryStyle: Sendable {
    /// One or two words after stop words ("pin", "call doctor", "cant login"): Meilisearch's ranking rules.
    case keywords
    /// A few more words typed in a search box: typo and prefix expansion, BM25F with coordination.
    case question
    /// A pasted message or a long question: no expansion, BM25F with coordination.
    case pasted

    /// Typed rather than pasted: typo and prefix expansion apply.
    var isTyped: Bool { self != .pasted }
}

/// Adjacent-word pairs that must all occur for a phrase match.
struct QueryPhrase: Sendable {
    var bigrams: [Int32]
    /// Quoted text matches anywhere; an unquoted query only in the article's labels
    /// (title, aliases, error messages, headings).
    var quoted: Bool
}

/// One query word (or synonym span) and its alternatives; a document scores its best alternative.
struct QueryClause: Sendable {
    var text: String
    var alternatives: [QueryAlternative]
    /// Term ids that stand for this clause in adjacent-pair (proximity) scoring: first and last exact
    /// term, or for a misspelled word its closest correction.
    var firstTerm: Int32?
    var lastTerm: Int32?
    /// The idf of the words as typed (summed over a span's words); when the typed word is
    /// unknown, the idf of the most frequent alternative (a blended document frequency).
    /// Every expansion of the clause is scored with it, never with its own rarity.
    var referenceIDF: Float
    /// The typed word occurs in more than half of the articles (a phrase of several words,
    /// as a phrase: "call the office" is as common as the articles where the words stand
    /// together), or is part of the site's name: it is scored, but it never makes a match
    /// alone (Lucene's CommonTermsQuery).
    var isCommon: Bool
    /// A question's or pasted text's word that no article has in a label (see
    /// `RankingParameters.incidentalWordWeight`): its idf, and so every expansion's, is weighted down.
    var isIncidental = false
    /// A pasted text's word outside the sentences that ask (see `AskingSentences` and
    /// `RankingParameters.contextWordWeight`): its idf, and so every expansion's, is weighted down.
    var isContext = false
}

struct QueryAlternative: Sendable {
    enum Kind: Sendable, Equatable, CustomStringConvertible {
        /// `fuzzy`: a typo correction, `unlabelled` when no article has the word in a label
        /// (weighed less, `RankingParameters.unlabelledCorrectionWeight`).
        /// `equivalent`: a synonym of an equivalence ("appt, appointment"), which the ranking
        /// rules count as the word typed; `synonym`: of a one-way rule ("appts => appointment").
        case exact, compoundParts, equivalent, synonym, relatedForm, fuzzy(distance: Int, unlabelled: Bool), splitWords, prefix

        /// Whether the ranking rules that count the words as typed (`RankingKey`) count a match
        /// of this kind: the typed form, or a word the synonyms say is the same ("appt" and
        /// "appointment" each find the other, so neither form decides the order alone).
        var countsAsTyped: Bool { self == .exact || self == .equivalent }

        var description: String {
            switch self {
            case .exact: return "exact"
            case .compoundParts: return "compound parts"
            case .equivalent: return "synonym (equivalent, counts as typed)"
            case .synonym: return "synonym"
            case .relatedForm: return "related form"
            case .fuzzy(let distance, let unlabelled): return "typo (distance \(distance)\(unlabelled ? ", to a word in no label" : ""))"
            case .splitWords: return "split words"
            case .prefix: return "prefix"
            }
        }
    }

    var kind: Kind
    var weight: Double
    /// Term ids, in order; several terms score as a phrase (their terms plus their bigrams).
    var terms: [Int32]
    var bigrams: [Int32]
    /// What is scored, each key with the idf it is scored with (filled in by the parser).
    var keys: [ScoredKey] = []
    /// Keys a document must hold for the alternative to match: every term, and for words of
    /// a phrase every adjacent pair (a pair the collection never has can never be found).
    var requiredKeys = 1

    /// The keys a document must hold for an alternative of `terms` terms whose words, `phraseWords`
    /// of them, are matched as a phrase: every term and every adjacent pair.
    static func requiredKeys(terms: Int, phraseWords: Int) -> Int { terms + max(0, phraseWords - 1) }
}

/// One posting list an alternative reads and the idf its postings are scored with: the
/// single description of an alternative's score that both `QueryEvaluator` and
/// `ScoreExplainer` use.
struct ScoredKey: Sendable {
    var isBigram: Bool
    var key: Int32
    var idf: Float
}
