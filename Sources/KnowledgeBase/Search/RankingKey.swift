/// The order of hits: ranking rules applied one after another, as in Meilisearch.
///
/// For a keyword query (one or two words after stop words: "pin", "call doctor"): 0. words as
/// typed: first the articles that meet the match policy and hold every meaningful word of the
/// query as typed (Meilisearch's "words" rule, counted on the typed words only: "what browser
/// do i need" is the requirements article, with "browser" and "need", before the cache article
/// titled "browser" without "need"; a word found only through a one-way synonym, typo or prefix
/// does not count, while a word of an equivalence counts as the word typed: "appt" and
/// "appointment" are one word written two ways, so "book appt" ranks as "book appointment"
/// does, not by the one article whose alias happens to write "appt"); 1. typo: more
/// of the meaningful words matched as typed (or as an equivalent), not only through a
/// one-way synonym, typo or prefix;
/// 2. exactness: first an article with a label (title, alias, error message or heading)
/// that is exactly the query as typed, stop words included (Meilisearch's exactness of an
/// attribute equal to the query: "what is patient fusion" and the heading "What is Patient
/// Fusion?"), or that says it with a synonym of one rule or in the other person ("do i have
/// to register" and the heading "Do you have to sign up?"; `LabelPhrases.restatement`); 3. proximity: a label of exactly the query's
/// words in any order ("which browsers are supported" and the heading "Supported browsers"),
/// or of the same words with synonyms (`LabelPhrases.restatedWordSet`),
/// then the query's words as a phrase in a label (or, for quoted words, anywhere) (`PhraseLevel`);
/// 4. attribute: more of the words (in any form) in the title, a phrase ("sign out") counting
/// only with all its words there; 5. the BM25F score, in which coordination
/// counts the words matched. A document that has the word itself therefore always ranks above
/// one that has only an expansion of it; the score decides only among equals. (Meilisearch
/// puts a "words" rule first; counting words before weighing their rarity lost on our fresh
/// queries, where a generic second word, "messaging error", outranked the article about
/// the first. Proximity comes before attribute, as in Meilisearch: two words side by side in
/// a label say the query's thing, while the same words apart in a title may say two things
/// ("error codes" is the login errors article, with the alias "login error codes", not the PIN article
/// titled "Invalid PIN or security code error message"). From 2026-12-03 to 2026-12-07 the
/// attribute rule came first, for "book online" against another article's heading "You booked
/// online with another email"; the booking article now has a label that is the query, and
/// the tune sets gained with proximity first.)
///
/// For a longer question or a pasted message, only the phrase rule and the score count:
/// there, people's incidental words ("take", "told") would decide a count of words, while
/// coordination and proximity inside the score weigh every word by its rarity, and the
/// attribute rule is a factor of the score: the share of the query's words in the title
/// (`RankingParameters.titleFactor`).
struct RankingKey: Comparable, Sendable {
    var exact: Int
    var phrase: PhraseLevel
    var title: Int
    /// Clauses, common words included, in the title: what the score's title factor counts for a
    /// question or pasted text (see `RankingParameters.titleFactor`).
    var clausesInTitle: Int
    var score: Float
    var document: Int32
    /// Whether the document meets the match policy (not a rule: partial matches keep their rank).
    var matches: Bool
    /// Keyword queries: meets the match policy with every meaningful word as typed (rule 0).
    var hasTypedWords: Bool

    // Made for every matched document (thousands for a pasted message in msdocs): kept inline.
    @inline(__always)
    init(_ match: DocumentMatch, style: QueryStyle, policy: MatchPolicy) {
        matches = policy.accepts(match)
        let keywords = style == .keywords
        hasTypedWords = keywords && matches && match.exactClauses >= policy.meaningfulClauses
        exact = keywords ? match.exactClauses : 0
        title = keywords ? match.titleClauses : 0
        clausesInTitle = match.clausesInTitle
        phrase = match.isLabelledAsQuery ? .labelAsTyped : match.isLabelledByQueryWords ? .labelWords : match.hasPhrase ? .phrase : .none
        score = match.score
        document = match.document
    }

    // Asked once per matched document (thousands for a pasted message): inlined into `TopRanked.insert`.
    /// Better first: `a < b` means `a` ranks above `b`.
    @inline(__always)
    static func < (a: RankingKey, b: RankingKey) -> Bool {
        if a.hasTypedWords != b.hasTypedWords { return a.hasTypedWords }
        if a.exact != b.exact { return a.exact > b.exact }
        if a.phrase != b.phrase { return a.phrase > b.phrase }
        if a.title != b.title { return a.title > b.title }
        if a.score != b.score { return a.score > b.score }
        return a.document < b.document
    }
}

/// How a document's labels (title, aliases, error messages, headings) meet the query: the
/// levels of the phrase rule, weakest first.
enum PhraseLevel: Int, Comparable, Sendable {
    /// No label holds the query's words side by side.
    case none
    /// The query's words as a phrase in a label (quoted words: anywhere).
    case phrase
    /// A label of exactly the query's words, in another order or with other stop words
    /// ("which browsers are supported" and the heading "Supported browsers"), or saying them
    /// with synonyms ("change my appointment time" and "change the time of my visit").
    case labelWords
    /// A label that is exactly the query as typed, or restates it (synonyms of one rule, the
    /// other person).
    case labelAsTyped

    static func < (a: PhraseLevel, b: PhraseLevel) -> Bool { a.rawValue < b.rawValue }

    /// What `ScoreExplainer` says of the level.
    var reason: String {
        switch self {
        case .none: ""
        case .phrase: " (the words as a phrase in a label)"
        case .labelWords: " (a label has exactly the query's words, or says them with synonyms)"
        case .labelAsTyped: " (a label is the query, as typed or restated)"
        }
    }
}

/// When a document matches a query at all: it must cover enough of the query's words —
/// all of up to three, `RankingParameters.minimumShouldMatch` of more, rounded down (of a pasted
/// message, `pastedMinimumShouldMatch`) — and at least one of them must be meaningful. Stop words are
/// never query words, and common words (in more than half the articles: "patient",
/// "portal", "not") count towards coverage but never make a match alone. In a query of three
/// words or more, the words no article has in a label (`QueryClause.isIncidental`: "tapped",
/// "sideways", "physio") are the person's circumstances, not what they ask about: the share
/// is taken of the other words, and only those count as covered, so an article that answers
/// the question is not turned into a related one for lacking the word "tapped" (unless every
/// word is incidental: then all count).
struct MatchPolicy: Sendable {
    /// Clauses required: of all the query's clauses, or, unless `Query.coversIncidentalWords`, of
    /// those not incidental.
    let required: Int
    /// The query's clauses that are not common words.
    let meaningfulClauses: Int
    /// Whether one matched clause must be meaningful (the query has a meaningful clause).
    var needsMeaningful: Bool { meaningfulClauses > 0 }

    init(query: Query, ranking: RankingParameters) {
        let count = query.coversIncidentalWords ? query.clauses.count : query.clauses.count { !$0.isIncidental }
        meaningfulClauses = query.clauses.count { !$0.isCommon }
        let share = query.style == .pasted ? ranking.pastedMinimumShouldMatch : ranking.minimumShouldMatch
        required = Self.required(of: count, share: share)
    }

    /// Lucene's and Elasticsearch's `minimum_should_match` of "3<75%": every word of a query of
    /// up to three, and above that the share, rounded down (six words: four).
    static func required(of count: Int, share: Double) -> Int {
        count <= 3 ? count : max(1, Int((Double(count) * share).rounded(.down)))
    }

    // Asked once per matched document, from `RankingKey.init`: inlined with it.
    @inline(__always)
    func accepts(_ match: DocumentMatch) -> Bool {
        match.coveredClauses >= max(required, 1) && (!needsMeaningful || match.meaningfulClauses > 0)
    }
}
