import Foundation

/// How matches other than the exact word count, and the boosts on top of BM25F.
public struct RankingParameters: Hashable, Sendable {
    /// Weight of a synonym's score relative to the word as typed.
    public var synonymWeight: Double
    /// Weight of a typo-corrected term, for distance 1 and 2.
    public var fuzzyWeights: [Double]
    /// Factor on the weight of a typo correction to a word that no article has in a title,
    /// alias, error message or heading. A correction is a guess at the word meant, and people
    /// search with the words articles are labelled with, so a correction to a word that only
    /// body text writes ("copy" for "copay") is the weaker guess: the labels serve as the prior
    /// of a noisy-channel speller. It keeps a word the articles do not know from being answered
    /// with confidence for a chance likeness. 0.5 and 0.3 each said "no article" for 2 more of
    /// the tune sets' 86 queries without one, every ranking unchanged.
    public var unlabelledCorrectionWeight: Double
    /// Weight of a completion of the last word (search as you type).
    public var prefixWeight: Double
    /// Most completions of the last word tried, by frequency.
    public var maxPrefixTerms: Int
    /// Most typo candidates tried per word, by frequency.
    public var maxFuzzyTerms: Int
    /// Most related forms ("notification" for "notified") tried per word the articles never
    /// write, by frequency; each is weighed as a synonym.
    public var maxRelatedForms: Int
    /// Weight of adjacent query words found adjacent in a document (bigram BM25F).
    public var proximityWeight: Double
    /// Queries with more words than this are taken as pasted, not typed: no typo or prefix expansion.
    public var maxWordsForTypos: Int
    /// The score is multiplied by `(matched words / query words) ^ coordinationExponent`.
    public var coordinationExponent: Double
    /// The same for a pasted message or a long question (more than `maxWordsForTypos` words):
    /// lower, since such a text carries words no article needs to share (names, placeholders,
    /// the asker's own words) and BM25's idf already rewards covering the rare ones. Lucene
    /// dropped coordination from BM25 altogether; 0.3 lifted both halves of Cranfield
    /// where 0.2 and less began to cost msdocs' pasted messages.
    public var pastedCoordinationExponent: Double
    /// Share of a typed query's words (beyond three, rounded down) a document must match (see `MatchPolicy`).
    public var minimumShouldMatch: Double
    /// The same for pasted messages and long questions.
    public var pastedMinimumShouldMatch: Double
    /// The best hit is a confident answer when its score is at least this share of the score
    /// of an article holding each meaningful query word once (see `Searcher.confidence`).
    public var confidentScore: Double
    /// The same for a pasted message or a long question (more than `maxWordsForTypos` words):
    /// lower, since such a text carries words no article shares (greetings, the asker's story,
    /// relatives, devices, dates) and the reference counts each of them, so even the article
    /// that answers it holds only part of the reference. Calibrated on the tune sets' chats.
    public var pastedConfidentScore: Double
    /// Weight of an incidental word of a question or pasted text: one typed in a form that no
    /// article has in its title, aliases, error messages or headings ("tapped", "waiting",
    /// "tomorrow"; also lay forms such as "signup"), with its expansions. Such a word says how
    /// the person put it, not what the article is about; a keyword query has none.
    public var incidentalWordWeight: Double
    /// Weight of a pasted text's word outside the sentences that ask, when some of its
    /// sentences end in a question mark and others do not (`AskingSentences`): in a chat or an
    /// e-mail the story says why the person writes ("a confirmed visit next Tuesday", "my son
    /// has a school thing"), the question what they need ("Can I push it to later in the
    /// week?"). 0.7 and 0.85 lifted chat3-tune by two, 0.5 by one; no other tune set moved.
    public var contextWordWeight: Double
    /// A staff guide's score in a staff search that speaks as the office ("what do we do",
    /// "our booking link", "where do I approve it"; `AudiencePrior`): such a query asks what the
    /// office does. On every staff search, 1.2 and more cost search-tune, whose agents' notes
    /// often want the patient article to send; on these searches 1.5 and 2 gave the same, 1.25
    /// two tune queries less.
    public var officeVoicePrior: Double
    /// The site's own name ("Patient Fusion"): its words are in every question people ask
    /// here, so, like common words, they never make a match alone.
    public var siteName: String
    /// The articles' generic word for the site ("portal"): with the words the synonyms read as
    /// it ("website", "site"), what a question about the site itself names it by (`SiteQuestion`).
    public var siteWord: String
    /// A question's or pasted text's score is multiplied by `1 + titleShareBoost × the share of
    /// its words found in the title` (`titleFactor`): Meilisearch's attribute rule, which a
    /// keyword query has as a ranking rule of its own, here as a factor of the score, since a
    /// long text's incidental words would decide a count. BM25F adds the fields' frequencies
    /// before saturating them, so "cancel" in an article's title, aliases and 28 times in its
    /// text scored 1.32 against 0.98 for an article that mentions cancelling three times in a
    /// section on changes; the title says what the article is about. Common words count here
    /// ("message" in "How will I know when the office has replied to my message?"): a title's
    /// words are few and chosen. 0.5 lifted the tune sets most (right article first +11 −3;
    /// 0.75 +12 −4, 1 +11 −7; counting meaningful words only, +9 −5 at 0.5).
    public var titleShareBoost: Double

    public init(synonymWeight: Double = 0.8, fuzzyWeights: [Double] = [0.6, 0.45], unlabelledCorrectionWeight: Double = 0.5, prefixWeight: Double = 0.4,
                maxPrefixTerms: Int = 30, maxFuzzyTerms: Int = 10, maxRelatedForms: Int = 3, proximityWeight: Double = 0.4,
                coordinationExponent: Double = 0.5, pastedCoordinationExponent: Double = 0.3, maxWordsForTypos: Int = 8, minimumShouldMatch: Double = 0.75,
                pastedMinimumShouldMatch: Double = 0.5, confidentScore: Double = 1.0, pastedConfidentScore: Double = 0.6, incidentalWordWeight: Double = 0.5,
                officeVoicePrior: Double = 1.5, siteName: String = "", siteWord: String = "", titleShareBoost: Double = 0.5, contextWordWeight: Double = 0.7) {
        self.titleShareBoost = titleShareBoost
        self.contextWordWeight = contextWordWeight
        self.officeVoicePrior = officeVoicePrior
        self.siteName = siteName
        self.siteWord = siteWord
        self.minimumShouldMatch = minimumShouldMatch
        self.pastedMinimumShouldMatch = pastedMinimumShouldMatch
        self.confidentScore = confidentScore
        self.pastedConfidentScore = pastedConfidentScore
        self.incidentalWordWeight = incidentalWordWeight
        self.maxWordsForTypos = maxWordsForTypos
        self.synonymWeight = synonymWeight
        self.fuzzyWeights = fuzzyWeights
        self.unlabelledCorrectionWeight = unlabelledCorrectionWeight
        self.prefixWeight = prefixWeight
        self.maxPrefixTerms = maxPrefixTerms
        self.maxFuzzyTerms = maxFuzzyTerms
        self.maxRelatedForms = maxRelatedForms
        self.proximityWeight = proximityWeight
        self.coordinationExponent = coordinationExponent
        self.pastedCoordinationExponent = pastedCoordinationExponent
    }

    /// The coordination exponent of a query of `style`.
    func coordinationExponent(for style: QueryStyle) -> Double {
        style == .pasted ? pastedCoordinationExponent : coordinationExponent
    }

    /// The confidence a query of `style` needs for its best hit to answer it (see `Searcher.confidence`).
    func confidentScore(for style: QueryStyle) -> Double {
        style == .pasted ? pastedConfidentScore : confidentScore
    }

    /// The factor a document's score is multiplied by for matching `matched` of `clauses`
    /// clauses of a query of `style`: the one formula that scores and explains.
    func coordination(matched: Int, of clauses: Int, style: QueryStyle) -> Float {
        pow(Float(matched) / Float(max(clauses, 1)), Float(coordinationExponent(for: style)))
    }

    /// The factor a document's score is multiplied by for holding `inTitle` of the query's
    /// `clauses` in its title (see `titleShareBoost`); nil for a keyword query, whose title rule
    /// ranks before the score. The one formula that scores and explains.
    func titleFactor(inTitle: Int, of clauses: Int, style: QueryStyle) -> Float? {
        guard style != .keywords else { return nil }
        return 1 + Float(titleShareBoost) * Float(inTitle) / Float(max(clauses, 1))
    }

    public static let standard = RankingParameters()
}
