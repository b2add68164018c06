/// Orders the candidate causes and gives each a confidence in 0…1 comparable across calls.
///
/// Candidates: the causes of the matched error, plus causes with their own evidence (a condition
/// that holds, or a phrase) — of any error when no error matched, else those that explain no error.
/// Order within an error: a cause whose condition holds (more clauses first), then phrase evidence,
/// then the error's default cause, then the rest in article order. Causes outside the matched
/// error follow the error's causes when the error matched clearly; with a weak error match, a cause
/// with strong evidence of its own may come first, even one of another error when its condition holds.
struct CauseRanker: Sendable {
    struct Ranked: Sendable {
        var cause: Int
        var confidence: Double
        /// The condition that held (the one with the most clauses), by its place in the cause's conditions.
        var held: Int?
        var phrase: MessageMatcher.PhraseMatch?
    }

    /// Below this, an error match is weak: other errors' causes whose condition holds may rank with it.
    static let weakErrorMatch = 0.6

    /// - Parameter explains: per cause, whether it explains `error` (`CompiledCause.errors`), when
    ///   the caller has it worked out already.
    func rank(causes: [CompiledCause], error: MessageMatcher.ErrorMatch?, facts: Facts,
              phrases: [Int: MessageMatcher.PhraseMatch], explains: [Bool]? = nil) -> [Ranked] {
        let explains = explains ?? causes.map { cause in error.map { cause.errors.contains($0.id) } ?? false }
        var ranked: [Ranked] = []
        ranked.reserveCapacity(causes.count)
        var othersInError = 0
        for (index, cause) in causes.enumerated() {
            // The condition that holds with the most clauses (the first of equals).
            var held: Int?, heldClauses = 0
            for place in cause.checks.indices where held == nil || cause.checks[place].count > heldClauses {
                if ClauseCheck.allHold(cause, condition: place, in: facts) { held = place; heldClauses = cause.checks[place].count }
            }
            let phrase = phrases.isEmpty ? nil : phrases[index]
            let specificity = Double(min(heldClauses, 4))
            var confidence: Double
            if let error, explains[index] {
                if held != nil {
                    confidence = error.confidence * (0.90 + 0.02 * specificity)
                } else if let phrase {
                    confidence = error.confidence * (0.72 + 0.12 * phrase.score)
                } else if cause.definition.isDefault {
                    confidence = error.confidence * 0.66
                } else {
                    confidence = error.confidence * max(0.2, 0.45 - 0.03 * Double(othersInError))
                    othersInError += 1
                }
                if held != nil && phrase != nil { confidence += 0.01 }
            } else {
                guard held != nil || phrase != nil else { continue }
                // Another error's cause follows only when the error matched weakly and a condition of its own holds
                // (a scanner-rewritten link in a message that loosely resembles another error).
                if let error, !cause.errors.isEmpty, error.confidence >= Self.weakErrorMatch || held == nil { continue }
                if held != nil {
                    confidence = 0.80 + 0.02 * specificity + (phrase != nil ? 0.04 : 0)
                } else {
                    confidence = 0.5 + 0.3 * (phrase?.score ?? 0)
                }
                // Below the matched error's causes when the error is clear; less so when it matched weakly.
                if let error { confidence *= max(0.4, 1.6 - 1.25 * error.confidence) }
            }
            ranked.append(Ranked(cause: index, confidence: min(0.99, max(0.01, confidence)), held: held, phrase: phrase))
        }
        // Stable: equal confidences keep article order.
        return ranked.enumerated().sorted { lhs, rhs in
            lhs.element.confidence != rhs.element.confidence ? lhs.element.confidence > rhs.element.confidence : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
