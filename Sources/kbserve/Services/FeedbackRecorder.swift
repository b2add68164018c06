import Foundation
import KnowledgeBase

/// Validates and stores "Was this helpful?" votes; the comment is redacted before it is kept,
/// and its words that the help center does not know are withheld as a search's are
/// (`UnknownWordGate`): a name typed in lowercase ("dr patel was no help") is a word no
/// article writes.
struct FeedbackRecorder: Sendable {
    let content: ContentStore
    let feedback: any FeedbackStore
    let redactor: Redactor
    let unknownWords: UnknownWordGate

    /// The longest comment kept; longer ones are refused.
    static let maxCommentLength = 2_000

    /// Stores a vote on an article read in `language`, sent by `client`. `reason` (a
    /// `FeedbackReason`) is kept with a "No" only. Throws `FeedbackRejection` for an unknown
    /// article or reason or a comment that is too long, and `StorageUnavailable` when it
    /// cannot be saved.
    func record(
        article: String, helpful: Bool, comment: String?, reason: String? = nil, language: Language = .original,
        from client: UnknownWordGate.Client
    ) async throws {
        let id = ArticleID(article)
        let snapshot = content.current
        guard snapshot.knowledgeBase.article(id) != nil else {
            throw FeedbackRejection.unknownArticle(String(article.prefix(100)))
        }
        var knownReason: FeedbackReason?
        if let reason {
            guard let known = FeedbackReason(rawValue: reason) else { throw FeedbackRejection.unknownReason(String(reason.prefix(100))) }
            knownReason = known
        }
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard trimmed.unicodeScalars.count <= Self.maxCommentLength else {
            throw FeedbackRejection.commentTooLong(limit: Self.maxCommentLength)
        }
        let kept = trimmed.isEmpty ? nil : unknownWords.kept(snapshot.loggedText(redactor.redact(trimmed), in: language), from: client).text
        try await feedback.add(Feedback(article: id, helpful: helpful, comment: kept, createdAt: Date(), reason: helpful ? nil : knownReason))
    }
}

/// Why a vote was not stored.
enum FeedbackRejection: Error, Equatable, CustomStringConvertible {
    case unknownArticle(String)
    case commentTooLong(limit: Int)
    case unknownReason(String)

    var description: String {
        switch self {
        case .unknownArticle(let article): "There is no article '\(article)'."
        case .commentTooLong(let limit): "A comment can be at most \(limit) characters."
        case .unknownReason(let reason):
            "There is no reason '\(reason)': give one of \(FeedbackReason.allCases.map(\.rawValue).joined(separator: ", ")), or none."
        }
    }
}
