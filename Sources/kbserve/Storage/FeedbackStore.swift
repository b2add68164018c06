import Foundation
import KnowledgeBase

/// One "Was this helpful?" answer. `comment` is already redacted.
struct Feedback: Sendable, Hashable, Codable {
    var article: ArticleID
    var helpful: Bool
    var comment: String?
    var createdAt: Date
    /// Why the article did not help (only with a "No").
    var reason: FeedbackReason? = nil
}

/// Why an article did not help, as the "No" form and `POST /api/v1/feedback` offer it.
enum FeedbackReason: String, Sendable, Hashable, Codable, CaseIterable {
    case missingInformation = "missing-information"
    case didNotSolve = "did-not-solve"
    case hardToUnderstand = "hard-to-understand"
    case outOfDate = "out-of-date"
    case brokenLink = "broken-link"
    case other
}

/// Where a maintainer has got with a comment.
enum CommentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case new, planned, done, dismissed
}

/// Votes for one article, for the people who maintain the content.
struct ArticleHelpfulness: Sendable, Hashable, Codable {
    var article: ArticleID
    var helpful: Int
    var notHelpful: Int
    /// The most recent comments, redacted, newest first.
    var comments: [String]
}

/// How many votes an article got with one answer and reason.
struct VoteCount: Sendable, Hashable {
    var article: ArticleID
    var helpful: Bool
    var reason: FeedbackReason?
    var count: Int
}

/// A stored comment (redacted) with its vote and status.
struct StoredComment: Sendable, Hashable, Codable {
    var id: Int64
    var article: ArticleID
    var helpful: Bool
    var reason: FeedbackReason?
    var text: String
    var status: CommentStatus
    var createdAt: Date
}

/// How much feedback is kept: votes made since `oldestKept` (the search log's retention
/// period), and at most `maxPerDay` of them made since `dayStart` (the UTC day of a new vote).
/// A comment is what a person typed; like the search log, what is kept of it is bounded.
struct FeedbackBounds: Sendable, Hashable {
    static let defaultMaxPerDay = 5_000

    var oldestKept: Date
    var dayStart: Date
    var maxPerDay: Int

    /// The bounds for a vote made at `now`, keeping `retentionDays` UTC days (today included).
    init(retentionDays: Int, maxPerDay: Int = FeedbackBounds.defaultMaxPerDay, now: Date) {
        dayStart = SearchLogDay.start(of: now)
        oldestKept = dayStart.addingTimeInterval(-Double(retentionDays - 1) * 86_400)
        self.maxPerDay = maxPerDay
    }

    init(oldestKept: Date, dayStart: Date, maxPerDay: Int) {
        self.oldestKept = oldestKept
        self.dayStart = dayStart
        self.maxPerDay = maxPerDay
    }
}

/// Where feedback is kept.
protocol FeedbackStore: Sendable {
    /// Deletes the votes made before `bounds.oldestKept`, then adds `feedback` unless
    /// `bounds.maxPerDay` votes were made since `bounds.dayStart` (false: it was not added).
    func add(_ feedback: Feedback, within bounds: FeedbackBounds) async throws -> Bool
    /// Per article, most voted first.
    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness]
    /// Votes made in `from..<to`, counted by article, answer and reason, in `VoteCount.storeOrder`.
    func votes(from: Date, to: Date) async throws -> [VoteCount]
    /// At most `limit` comments made in `from..<to`, newest first.
    func comments(from: Date, to: Date, limit: Int) async throws -> [StoredComment]
    /// Sets a comment's status; false when there is no comment `id`.
    func setStatus(_ status: CommentStatus, ofComment id: Int64) async throws -> Bool
}

extension VoteCount {
    /// The order every store returns votes in.
    static func storeOrder(_ a: VoteCount, _ b: VoteCount) -> Bool {
        (a.article.rawValue, a.helpful ? 1 : 0, a.reason?.rawValue ?? "") < (b.article.rawValue, b.helpful ? 1 : 0, b.reason?.rawValue ?? "")
    }
}
