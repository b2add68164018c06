import Foundation
import TestSupport

/// The contract tables of `../shared/spec`: the 25 topics (`topics.md`), the ten how-to
/// topics (`topics-howto.md`, numbers 26-35) and the Diagnoser's error and cause ids with the
/// article that owns each (`diagnoser.md`).
struct ContentSpec {
    struct Topic: Hashable { var id: String; var category: String }
    struct Owned: Hashable { var id: String; var article: String }

    /// The 25 troubleshooting topics, then the ten how-to topics.
    var topics: [Topic]
    /// The how-to topics alone.
    var howToTopics: [Topic]
    var errors: [Owned]
    var causes: [Owned]

    static func load() throws -> ContentSpec {
        let diagnoserText = try specText("diagnoser.md")
        // "| 1 | `reset-password` | signing-in | How do I reset my password? |"
        func topics(_ file: String) throws -> [Topic] {
            rows(try specText(file)).compactMap { cells -> Topic? in
                guard cells.count >= 4, Int(cells[0]) != nil, let id = code(cells[1]) else { return nil }
                return Topic(id: id, category: cells[2])
            }
        }
        let troubleshooting = try topics("topics.md")
        let howTo = try topics("topics-howto.md")
        let parts = diagnoserText.components(separatedBy: "## Causes")
        guard parts.count == 2 else { throw SpecError(reason: "diagnoser.md has no '## Causes' part") }
        // "| `invalid-pin` | the PIN is invalid (…) | invalid-pin-or-security-code |"
        let errors = rows(parts[0]).compactMap { cells -> Owned? in
            guard cells.count >= 3, let id = code(cells[0]) else { return nil }
            return Owned(id: id, article: cells[cells.count - 1])
        }
        // "| `code-is-sender-number` | invalid-pin-or-security-code | the security code … |"
        let causes = rows(parts[1]).compactMap { cells -> Owned? in
            guard cells.count >= 3, let id = code(cells[0]) else { return nil }
            return Owned(id: id, article: cells[1])
        }
        return ContentSpec(topics: troubleshooting + howTo, howToTopics: howTo, errors: errors, causes: causes)
    }

    struct SpecError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// `../shared/spec/<file>`.
    private static func specText(_ file: String) throws -> String {
        try String(contentsOf: RepoPaths.spec(file), encoding: .utf8)
    }

    /// The cells of each Markdown table row, trimmed.
    private static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count > 2 else { return nil }
            return trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The text of a cell that is exactly one code span: "`abc`" -> "abc".
    private static func code(_ cell: String) -> String? {
        guard cell.count > 2, cell.hasPrefix("`"), cell.hasSuffix("`") else { return nil }
        let inner = String(cell.dropFirst().dropLast())
        return inner.contains("`") ? nil : inner
    }
}
