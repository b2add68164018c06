import Foundation
import KnowledgeBase
import TestSupport

/// The repository's real Content/, loaded once.
enum ContentFixture {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "Content/ could not be loaded from \(RepoPaths.content.path)" }
    }

    static let knowledgeBase: KnowledgeBase? = try? KnowledgeBase.load(from: RepoPaths.content)

    static func articles() throws -> [Article] {
        guard let knowledgeBase, !knowledgeBase.articles.isEmpty else { throw Missing() }
        return knowledgeBase.articles
    }
}
