import KnowledgeBase

extension Diagnosis {
    /// The diagnosis as text an agent reads in one look, in the diagnosis's language: the error,
    /// then each cause with its article link, explanation, evidence, steps and the reply to paste.
    public var plainText: String {
        let words = FactSentences.of(language)
        func say(_ key: String, _ fills: [String: String] = [:]) -> String { words.sentence(key, fills) }
        var lines: [String] = []
        if let error {
            lines.append(say("text.error", ["id": error.id, "percent": Self.percent(error.confidence)]))
        } else if !causes.isEmpty {
            lines.append(say("text.errorNone"))
        }
        if isCloseCall { lines.append(say("text.closeCall")) }
        for (index, cause) in causes.enumerated() {
            lines.append("")
            lines.append(say("text.cause", ["number": String(index + 1), "id": cause.id, "percent": Self.percent(cause.confidence)]))
            lines.append("   \(say("text.article")) \(cause.article.title) \u{2014} \(cause.article.url)")
            if !cause.explanation.isEmpty { lines.append("   \(say("text.why")) \(cause.explanation)") }
            if !cause.evidence.isEmpty { lines.append("   \(say("text.evidence")) \(cause.evidence.joined(separator: "; "))") }
            if index == 0 {
                if !cause.steps.isEmpty {
                    lines.append("   \(say("text.steps"))")
                    for (number, step) in cause.steps.enumerated() { lines.append("     \(number + 1). \(step)") }
                }
                if !cause.reply.isEmpty { lines.append("   \(say("text.reply"))"); lines.append("     \(cause.reply)") }
                if !cause.office.isEmpty {
                    lines.append("   \(say("text.office"))")
                    for step in cause.office { lines.append("     - \(step)") }
                }
            }
        }
        if !searchResults.isEmpty {
            lines.append(say("text.mayHelp"))
            for hit in searchResults {
                let reference = ArticleReference(id: hit.id, title: hit.title, anchor: hit.anchor, language: language)
                lines.append("  - \(hit.title) \u{2014} \(reference.url)")
            }
        }
        if !ignored.isEmpty { lines.append("\(say("text.ignored")) \(ignored.joined(separator: ", "))") }
        for note in notes { lines.append("\(say("text.note")) \(note)") }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
