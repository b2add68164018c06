import KnowledgeBase
/// Finds the portal error in a pasted text, and the phrases that are evidence for causes.
/// One `TemplateIndex` serves both.
struct MessageMatcher: Sendable {
    struct ErrorMatch: Sendable, Hashable {
        var id: String
        var confidence: Double
        /// The article's wording that matched best.
        var template: String
        /// Where it stands in the tokens: the portal's words, not the person's. Nil for an error
        /// not found in the text (implied by the values, or asked for by id).
        var span: Range<Int>? = nil
    }

    struct PhraseMatch: Sendable, Hashable {
        var score: Double
        /// The article's phrase that matched (content text, never the person's words).
        var phrase: String
    }

    private let errorIDs: [String]
    let errorIndex: TemplateIndex
    let phraseIndex: TemplateIndex
    /// Per phrase owner: the cause it supports and how much a match counts.
    private let phraseOwners: [(cause: Int, weight: Double)]

    /// - Parameter language: the language of the phrases (and the messages read); portal
    ///   errors are matched the same way in every language.
    init(errors: [(id: String, messages: [String])], phrases: [(cause: Int, phrases: [String], weight: Double)], language: Language = .original) {
        errorIDs = errors.map(\.id)
        errorIndex = TemplateIndex(documents: errors.enumerated().map { ($0.offset, $0.element.messages) }, language: language,
                                   requiredContent: Self.errorWordsNeeded)
        phraseOwners = phrases.map { ($0.cause, $0.weight) }
        phraseIndex = TemplateIndex(documents: phrases.enumerated().map { ($0.offset, $0.element.phrases) }, language: language,
                                    requiredContent: Self.phraseWordsNeeded)
    }

    /// Confidence of an error match from the share of its message found: the whole message ≈ 0.97.
    static func confidence(coverage: Double) -> Double { min(0.97, 0.25 + 0.72 * coverage) }

    /// The error whose message is found best. Two close matches (confidences within 0.1) are told
    /// apart by the weight of the words found: distinctive words ("doctor's information") beat
    /// words many messages share ("could not be found").
    func bestError(in tokens: [MessageToken]) -> ErrorMatch? {
        var best: (match: TemplateIndex.TemplateMatch, confidence: Double)?
        for match in errorIndex.matches(in: tokens) {
            guard match.contentMatched >= Self.errorWordsNeeded(match.contentCount),
                  match.coverage >= 0.5 || (match.contentInRun >= 3 && match.coverage >= 0.35) else { continue }
            // Words found out of the message's order ("not found … which page") count for less.
            let inOrder = Double(match.contentInRun) / Double(max(1, match.contentMatched))
            let confidence = Self.confidence(coverage: match.coverage) * (0.5 + 0.5 * min(1, inOrder))
            if let current = best {
                if abs(confidence - current.confidence) <= Self.closeMatch {
                    if match.matchedWeight < current.match.matchedWeight { continue }
                    if match.matchedWeight == current.match.matchedWeight && confidence <= current.confidence { continue }
                } else if confidence < current.confidence {
                    continue
                }
            }
            best = (match, confidence)
        }
        guard let best else { return nil }
        return ErrorMatch(id: errorIDs[best.match.owner], confidence: best.confidence,
                          template: errorIndex.templates[best.match.template].text, span: best.match.span)
    }

    /// How many words (not stopwords) of an error message a match needs: two, or all of fewer.
    static func errorWordsNeeded(_ contentCount: Int) -> Int { min(2, contentCount) }

    /// How many words (not stopwords) of a phrase a match needs: phrases of up to 3 words need all
    /// of them (typos allowed); longer ones most of them.
    static func phraseWordsNeeded(_ contentCount: Int) -> Int {
        contentCount <= 3 ? contentCount : max(3, Int((0.7 * Double(contentCount)).rounded(.up)))
    }

    /// Error matches this close in confidence are compared by the weight of the words found.
    static let closeMatch = 0.1

    /// The best phrase match per cause index, for phrases covered well enough. The words of the
    /// portal's error (`error`, where the message quotes it) are the portal speaking, not the
    /// person: no evidence for a cause ("Username has already been taken" does not say "I already
    /// have an account").
    func phraseEvidence(in tokens: [MessageToken], outside error: ErrorMatch? = nil) -> [Int: PhraseMatch] {
        var evidence: [Int: PhraseMatch] = [:]
        for match in phraseIndex.matches(in: tokens, excluding: error.flatMap(\.span)) {
            guard match.contentMatched >= Self.phraseWordsNeeded(match.contentCount), match.coverage >= 0.6 else { continue }
            let owner = phraseOwners[match.owner]
            let score = match.coverage * owner.weight
            if let current = evidence[owner.cause], current.score >= score { continue }
            evidence[owner.cause] = PhraseMatch(score: score, phrase: phraseIndex.templates[match.template].text)
        }
        return evidence
    }
}
