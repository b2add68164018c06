import Synchronization
import Foundation
import KnowledgeBase

/// Feedback kept in memory, for tests.
final class InMemoryFeedbackStore: FeedbackStore {
    private let entries = Mutex<[Feedback]>([])

    var all: [Feedback] { entries.withLock { $0 } }

    func add(_ feedback: Feedback) async throws {
        entries.withLock { $0.append(feedback) }
    }

    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness] {
        ArticleHelpfulness.summarize(entries.withLock { $0 }, commentsPerArticle: commentsPerArticle)
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
