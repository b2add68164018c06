import Foundation

/// A query of a spelling set and the "did you mean" it should get: the query with its
/// misspelled words corrected, or none when every word is spelled right (a word the articles
/// never write is no misspelling of one they do).
public struct SpellingCase: Hashable, Sendable {
    public var query: String
    /// nil: no suggestion should be offered.
    public var expected: String?
    /// `typo` (misspelled words the articles write), `unknown` (words the articles never write,
    /// spelled right) or `mixed` (both).
    public var kind: String

    public init(query: String, expected: String?, kind: String) {
        self.query = query
        self.expected = expected
        self.kind = kind
    }

    /// Whether `suggestion` is the one wanted, case and accents aside ("Contraseña",
    /// "contrasena": the suggester writes an article's word as the analyzer folds it), or
    /// none where none is wanted.
    public func isMet(by suggestion: String?) -> Bool {
        guard let suggestion, let expected else { return suggestion == nil && expected == nil }
        return suggestion.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            == expected.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// `query<TAB>suggestion<TAB>kind`, `#` comments; the suggestion `-` means none.
    public static func loadTSV(_ url: URL) throws -> [SpellingCase] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return try lines.enumerated().compactMap { number, line in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3, !columns[0].isEmpty, !columns[1].isEmpty else {
                throw EvaluationFileError(path: url.path, line: number + 1, reason: "want query, suggestion and kind, tab-separated")
            }
            return SpellingCase(query: String(columns[0]), expected: columns[1] == "-" ? nil : String(columns[1]),
                                kind: columns[2].trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// How a set's suggestions compare with those wanted.
public struct SpellingScore: Sendable {
    /// Cases that want a suggestion, and those that got exactly it (case and accents aside).
    public var wanted = 0, right = 0
    /// Of those wanted: another suggestion offered, or none.
    public var wrong = 0, missed = 0
    /// Cases that want none, and those that got one anyway.
    public var unwanted = 0, offeredUnwanted = 0

    public init() {}

    /// Counts `suggestion` for `spellingCase`.
    public mutating func add(_ spellingCase: SpellingCase, suggestion: String?) {
        guard spellingCase.expected != nil else {
            unwanted += 1
            if suggestion != nil { offeredUnwanted += 1 }
            return
        }
        wanted += 1
        if suggestion == nil { missed += 1 } else if spellingCase.isMet(by: suggestion) { right += 1 } else { wrong += 1 }
    }

    public var summary: String {
        "right \(right) of \(wanted) wanted (wrong \(wrong), none \(missed)); offered for \(offeredUnwanted) of \(unwanted) that want none"
    }
}
