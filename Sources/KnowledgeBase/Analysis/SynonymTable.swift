import Foundation

/// Synonyms and abbreviations in Solr's file format, which content authors edit in
/// `Content/synonyms.txt`:
///
/// ```text
/// # comment
/// dob, date of birth, birthday, birthdate     # equivalent: each finds the others
/// appt => appointment                         # one-way: appt also finds appointment
/// ```
///
/// Entries may be several words. A content folder's file *extends* the built-in list
/// (`load(from:)` returns built-in + file), so authors add what their readers say without
/// having to copy the defaults. Synonyms are expanded at query time (see `SynonymFilter`),
/// so editing the file never needs a re-index to be consistent.
public struct SynonymTable: Sendable, Hashable {
    /// One line: `phrases` are equivalent (each finds every other), or with `targets`,
    /// each phrase finds the targets but not the other way round.
    public struct Rule: Sendable, Hashable {
        public var phrases: [String]
        public var targets: [String]?

        public init(phrases: [String], targets: [String]? = nil) {
            self.phrases = phrases
            self.targets = targets
        }
    }

    /// The file name looked for in a content folder.
    public static let fileName = "synonyms.txt"

    public var rules: [Rule]

    public init(rules: [Rule] = []) { self.rules = rules }

    /// Parses Solr synonym text; a malformed line throws with its line number.
    public init(parsing text: String) throws {
        let parsed = Self.parse(text)
        if let first = parsed.problems.first { throw first }
        self = parsed.table
    }

    /// Parses Solr synonym text, keeping every good line and reporting each malformed one.
    public static func parse(_ text: String) -> (table: SynonymTable, problems: [SynonymFileError]) {
        var rules: [Rule] = []
        var problems: [SynonymFileError] = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let sides = trimmed.components(separatedBy: "=>")
            func phrases(_ side: String) -> [String] {
                side.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            switch sides.count {
            case 1:
                let equivalent = phrases(sides[0])
                guard equivalent.count >= 2 else {
                    problems.append(SynonymFileError(line: offset + 1, reason: "an equivalence needs at least two comma-separated terms"))
                    continue
                }
                rules.append(Rule(phrases: equivalent))
            case 2:
                let from = phrases(sides[0]), to = phrases(sides[1])
                guard !from.isEmpty, !to.isEmpty else {
                    problems.append(SynonymFileError(line: offset + 1, reason: "'=>' needs terms on both sides"))
                    continue
                }
                rules.append(Rule(phrases: from, targets: to))
            default:
                problems.append(SynonymFileError(line: offset + 1, reason: "more than one '=>'"))
            }
        }
        return (SynonymTable(rules: rules), problems)
    }

    /// `base` (the built-in English list unless told otherwise) extended by the file at `url`
    /// (its good lines), with each malformed line reported; `nil` when there is no file there.
    /// Throws only when the file can't be read.
    public static func load(from url: URL, over base: SynonymTable = .builtIn) throws -> (table: SynonymTable, problems: [SynonymFileError])? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw SynonymFileError(line: 0, reason: "cannot read \(url.lastPathComponent): \(error.localizedDescription)")
        }
        let parsed = parse(text)
        return (base.extended(with: parsed.table), parsed.problems)
    }

    /// This table's rules followed by `other`'s.
    public func extended(with other: SynonymTable) -> SynonymTable {
        SynonymTable(rules: rules + other.rules)
    }
}

/// A line of a synonym file that cannot be read.
public struct SynonymFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "\(SynonymTable.fileName):\(line): \(reason)" }
}
