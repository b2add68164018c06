import Foundation
import KnowledgeBase

/// Validates and stores "Was this helpful?" votes; the comment is redacted before it is kept.
struct FeedbackRecorder: Sendable {
    let content: ContentStore
    let feedback: any FeedbackStore
    let redactor: Redactor

    /// The longest comment kept; longer ones are refused.
    static let maxCommentLength = 2_000

    /// Stores a vote. Throws `FeedbackRejection` for an unknown article or a comment that is
    /// too long, and `StorageUnavailable` when it cannot be saved.
    func record(article: String, helpful: Bool, comment: String?) async throws {
        let id = ArticleID(article)
        guard content.current.knowledgeBase.article(id) != nil else {
            throw FeedbackRejection.unknownArticle(String(article.prefix(100)))
        }
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard trimmed.unicodeScalars.count <= Self.maxCommentLength else {
            throw FeedbackRejection.commentTooLong(limit: Self.maxCommentLength)
        }
        try await feedback.add(
            Feedback(article: id, helpful: helpful, comment: trimmed.isEmpty ? nil : redactor.redact(trimmed), createdAt: Date())
        )
    }
}

/// Why a vote was not stored.
enum FeedbackRejection: Error, Equatable, CustomStringConvertible {
    case unknownArticle(String)
    case commentTooLong(limit: Int)

    var description: String {
        switch self {
        case .unknownArticle(let article): "There is no article '\(article)'."
        case .commentTooLong(let limit): "A comment can be at most \(limit) characters."
        }
    }
}
