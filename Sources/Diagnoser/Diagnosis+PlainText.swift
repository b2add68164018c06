extension Diagnosis {
    /// The diagnosis as text an agent reads in one look: the error, then each cause with its
    /// article link, explanation, evidence, steps and the reply to paste.
    public var plainText: String {
        var lines: [String] = []
        if let error {
            lines.append("Error: \(error.id) (confidence \(Self.percent(error.confidence)))")
        } else if !causes.isEmpty {
            lines.append("Error: none recognised in the message")
        }
        if isCloseCall { lines.append("Close call: the two most likely causes are about as likely; ask the patient which fits.") }
        for (index, cause) in causes.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(cause.id) (confidence \(Self.percent(cause.confidence)))")
            lines.append("   Article: \(cause.article.title) \u{2014} \(cause.article.url)")
            if !cause.explanation.isEmpty { lines.append("   Why: \(cause.explanation)") }
            if !cause.evidence.isEmpty { lines.append("   Evidence: \(cause.evidence.joined(separator: "; "))") }
            if index == 0 {
                if !cause.steps.isEmpty {
                    lines.append("   Steps:")
                    for (number, step) in cause.steps.enumerated() { lines.append("     \(number + 1). \(step)") }
                }
                if !cause.reply.isEmpty { lines.append("   Reply to the patient:"); lines.append("     \(cause.reply)") }
                if !cause.office.isEmpty {
                    lines.append("   What the office can do:")
                    for step in cause.office { lines.append("     - \(step)") }
                }
            }
        }
        if !searchResults.isEmpty {
            lines.append("Articles that may help:")
            for hit in searchResults {
                lines.append("  - \(hit.title) \u{2014} /articles/\(hit.id.rawValue)" + (hit.anchor.isEmpty ? "" : "#\(hit.anchor)"))
            }
        }
        if !ignored.isEmpty { lines.append("Ignored: \(ignored.joined(separator: ", "))") }
        for note in notes { lines.append("Note: \(note)") }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
