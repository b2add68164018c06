import Synchronization
import Foundation
import KnowledgeBase

/// Feedback kept in memory, for tests: the reference the database stores must agree with.
final class InMemoryFeedbackStore: FeedbackStore {
    private let entries = Mutex<[(id: Int64, feedback: Feedback, status: CommentStatus)]>([])

    var all: [Feedback] { entries.withLock { $0.map(\.feedback) } }

    func add(_ feedback: Feedback, within bounds: FeedbackBounds) async throws -> Bool {
        entries.withLock { entries in
            entries.removeAll { $0.feedback.createdAt < bounds.oldestKept }
            guard entries.count(where: { $0.feedback.createdAt >= bounds.dayStart }) < bounds.maxPerDay else { return false }
            entries.append(((entries.last?.id ?? 0) + 1, feedback, .new))  // ids only grow, as a database's do
            return true
        }
    }

    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness] {
        ArticleHelpfulness.summarize(all, commentsPerArticle: commentsPerArticle)
    }

    func votes(from: Date, to: Date) async throws -> [VoteCount] {
        let made = all.filter { $0.createdAt >= from && $0.createdAt < to }
        return Dictionary(grouping: made) { VoteCount(article: $0.article, helpful: $0.helpful, reason: $0.reason, count: 0) }
            .map { key, votes in VoteCount(article: key.article, helpful: key.helpful, reason: key.reason, count: votes.count) }
            .sorted(by: VoteCount.storeOrder)
    }

    func comments(from: Date, to: Date, limit: Int) async throws -> [StoredComment] {
        entries.withLock { $0 }.compactMap { id, feedback, status -> StoredComment? in
            guard let text = feedback.comment, feedback.createdAt >= from, feedback.createdAt < to else { return nil }
            return StoredComment(
                id: id, article: feedback.article, helpful: feedback.helpful, reason: feedback.reason, text: text, status: status,
                createdAt: feedback.createdAt
            )
        }
        .sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        .prefix(limit).map { $0 }
    }

    func setStatus(_ status: CommentStatus, ofComment id: Int64) async throws -> Bool {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: { $0.id == id && $0.feedback.comment != nil }) else { return false }
            entries[index].status = status
            return true
        }
    }
}

extension ArticleHelpfulness {
    /// Groups feedback by article: most votes first, then by id; newest comments first.
    static func summarize(_ feedback: [Feedback], commentsPerArticle: Int) -> [ArticleHelpfulness] {
        Dictionary(grouping: feedback, by: \.article).map { article, votes in
            ArticleHelpfulness(
                article: article,
                helpful: votes.filter(\.helpful).count,
                notHelpful: votes.filter { !$0.helpful }.count,
                comments: Array(votes.sorted { $0.createdAt > $1.createdAt }.compactMap(\.comment).prefix(commentsPerArticle))
            )
        }
        .sorted { ($0.helpful + $0.notHelpful, $1.article) > ($1.helpful + $1.notHelpful, $0.article) }
    }
}
