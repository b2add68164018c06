import Foundation
import KnowledgeBase

/// Search results as a person reads them in a terminal.
struct ReadableSearchResults {
    var results: SearchResults
    var showExplanations = false
    /// Bold the matched words (when printing to a terminal).
    var boldMatches = isatty(STDOUT_FILENO) != 0

    var text: String {
        var lines: [String] = []
        switch (results.hits.isEmpty, results.total) {
        case (true, _): lines.append("No articles match \"\(results.query)\".")
        // Hits that match too few of the query's words (`MatchPolicy`): the closest, said as such.
        case (false, 0): lines.append("No article matches enough of \"\(results.query)\"; the closest:")
        case (false, 1): lines.append("1 article matches \"\(results.query)\":")
        case (false, let total): lines.append("\(total) articles match \"\(results.query)\":")
        }
        if let suggestion = results.suggestion {
            lines.append("Did you mean: \(suggestion)?")
        }
        for (rank, hit) in results.hits.enumerated() {
            let location = hit.anchor.isEmpty ? hit.id.rawValue : "\(hit.id.rawValue)#\(hit.anchor)"
            lines.append("")
            lines.append("\(rank + 1). \(hit.title)  [\(location)]  score \(String(format: "%.2f", hit.score))")
            let snippet = TerminalText.fromSnippet(hit.snippet, bold: boldMatches)
            if !snippet.isEmpty { lines.append("   \(snippet)") }
            if showExplanations, let explanation = hit.explanation {
                lines.append(explanation.formatted(indent: 2))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Turns a search snippet (HTML-escaped text with `<mark>`) into terminal text with the
/// matched words in bold.
enum TerminalText {
    static func fromSnippet(_ html: String, bold: Bool) -> String {
        html.replacingOccurrences(of: "<mark>", with: bold ? "\u{1B}[1m" : "")
            .replacingOccurrences(of: "</mark>", with: bold ? "\u{1B}[0m" : "")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&hellip;", with: "…")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
