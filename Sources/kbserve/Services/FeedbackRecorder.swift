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
    /// Days votes are kept (the search log's retention period).
    let retentionDays: Int
    /// Votes kept a day; beyond them a vote is refused until the next UTC day.
    var maxPerDay = FeedbackBounds.defaultMaxPerDay

    /// The longest comment kept; longer ones are refused.
    static let maxCommentLength = 2_000

    /// Stores a vote on an article read in `language`, sent by `client`. `reason` (a
    /// `FeedbackReason`) is kept with a "No" only. Throws `FeedbackRejection` for an unknown
    /// article or reason, a comment that is too long or a day that has all its votes, and
    /// `StorageUnavailable` when it cannot be saved. Votes older than the retention period are
    /// deleted as it is saved.
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
        let now = Date()
        let vote = Feedback(article: id, helpful: helpful, comment: kept, createdAt: now, reason: helpful ? nil : knownReason)
        guard try await feedback.add(vote, within: FeedbackBounds(retentionDays: retentionDays, maxPerDay: maxPerDay, now: now)) else {
            throw FeedbackRejection.dayIsFull(limit: maxPerDay)
        }
    }
}

/// Why a vote was not stored.
enum FeedbackRejection: Error, Equatable, CustomStringConvertible {
    case unknownArticle(String)
    case commentTooLong(limit: Int)
    case unknownReason(String)
    case dayIsFull(limit: Int)

    var description: String {
        switch self {
        case .unknownArticle(let article): "There is no article '\(article)'."
        case .commentTooLong(let limit): "A comment can be at most \(limit) characters."
        case .dayIsFull(let limit):
            "The help center keeps at most \(limit) votes a day, and today's are in. Please try again tomorrow."
        case .unknownReason(let reason):
            "There is no reason '\(reason)': give one of \(FeedbackReason.allCases.map(\.rawValue).joined(separator: ", ")), or none."
        }
    }
}
