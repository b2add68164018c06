import KnowledgeBase

/// A `when:` line of a cause that could not be read. The Diagnoser keeps the cause without it
/// (the line never holds); content validation reports it as an error at the line's place.
public struct ConditionProblem: Sendable, Hashable, CustomStringConvertible {
    /// The article whose cause has the line, and its file relative to the content folder.
    public var article: ArticleID
    public var file: String
    /// The cause's id and its position among the article's causes.
    public var cause: String
    public var causeIndex: Int
    /// The line's position among the cause's `when:` lines.
    public var conditionIndex: Int
    public var error: ConditionError

    public init(article: ArticleID, file: String, cause: String, causeIndex: Int, conditionIndex: Int, error: ConditionError) {
        self.article = article
        self.file = file
        self.cause = cause
        self.causeIndex = causeIndex
        self.conditionIndex = conditionIndex
        self.error = error
    }

    /// What an author reads: the cause, the line and why it cannot be read.
    public var message: String {
        "cause '\(cause)': when: '\(error.condition)' cannot be read, so it never holds: \(error.reason)"
    }

    /// `article/cause: condition and reason`.
    public var description: String { "\(article)/\(cause): \(error)" }
}
