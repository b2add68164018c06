/// What loading a content folder found: how many files became articles, how many
/// were skipped, and every problem with its file and line.
public struct LoadReport: Sendable, Hashable {
    /// Files loaded as articles.
    public var loaded: Int
    /// Files that could not be loaded (unreadable, not UTF-8, malformed front matter, no title).
    public var skipped: Int
    /// Errors (the file was skipped) and warnings (the file loaded, something in it was ignored),
    /// sorted by file and line.
    public var problems: [ContentProblem]

    public init(loaded: Int = 0, skipped: Int = 0, problems: [ContentProblem] = []) {
        self.loaded = loaded
        self.skipped = skipped
        self.problems = problems
    }

    public var errors: [ContentProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [ContentProblem] { problems.filter { $0.severity == .warning } }
}
