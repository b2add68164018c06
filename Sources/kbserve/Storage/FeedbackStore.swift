import Foundation
import KnowledgeBase

/// One "Was this helpful?" answer. `comment` is already redacted.
struct Feedback: Sendable, Hashable, Codable {
    var article: ArticleID
    var helpful: Bool
    var comment: String?
    var createdAt: Date
}

/// Votes for one article, for the people who maintain the content.
struct ArticleHelpfulness: Sendable, Hashable, Codable {
    var article: ArticleID
    var helpful: Int
    var notHelpful: Int
    /// The most recent comments, redacted, newest first.
    var comments: [String]
}

/// Where feedback is kept.
protocol FeedbackStore: Sendable {
    func add(_ feedback: Feedback) async throws
    /// Per article, most voted first.
    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness]
}
