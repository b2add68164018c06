import KnowledgeBase

extension Diagnoser {
    /// Help for a portal error the caller already knows by id (the registration app, when a step
    /// fails): that error's causes ranked by what was typed and the context, its default cause
    /// first when nothing else speaks. No message is read or matched.
    ///
    /// - Returns: a diagnosis of the error, sure of it; nil when no article explains `id`.
    public func help(forError id: ErrorID, values: [String: String] = [:], context: DiagnosisContext = DiagnosisContext()) -> Diagnosis? {
        guard errorIDs.contains(id) else { return nil }
        var diagnosis = Diagnosis(error: MatchedError(id: id, confidence: 1), language: language)
        let values = Self.canonical(values, ignored: &diagnosis.ignored)
        var facts = extractor.facts(values: values, context: context, fromMessage: [])
        facts.set("timesHourApart", false)
        facts.set("saysUsedBefore", false)
        let error = MessageMatcher.ErrorMatch(id: id, confidence: 1, template: "")
        let ranked = CauseRanker().rank(causes: causes, error: error, facts: facts, phrases: [:])
            .filter { causes[$0.cause].errors.contains(id) }
        diagnosis.causes = output(ranked, facts: facts, error: error)
        logger?.debug("Helped with a known error", metadata: [
            "error": "\(id)",
            "topCause": "\(diagnosis.causes.first?.id ?? "none")",
            "valueKeys": "\(values.keys.sorted().joined(separator: ","))",
        ])
        return diagnosis
    }
}
