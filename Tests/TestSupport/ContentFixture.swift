import Foundation
import KnowledgeBase

/// The repository's `Content/` (the real articles), loaded once for every test that reads it.
public enum ContentFixture {
    /// Thrown when `Content/` loads without articles.
    public struct Empty: Error, CustomStringConvertible {
        public var description: String { "no articles loaded from \(RepoPaths.content.path)" }
    }

    private static let loaded: Result<KnowledgeBase, any Error> = Result {
        try KnowledgeBase.load(from: RepoPaths.content)
    }

    private static let spanish: Result<KnowledgeBase, any Error> = Result {
        let directory = RepoPaths.content.appendingPathComponent("es")
        var loader = ContentLoader(directory: directory)
        loader.skippedRootFolders = []
        return KnowledgeBase(loaded: try loader.load(), synonymsIn: directory, language: .es)
    }

    /// The Spanish translations in `Content/es/`, indexed with the Spanish analysis.
    public static func spanishKnowledgeBase() throws -> KnowledgeBase { try spanish.get() }

    /// The knowledge base built from `Content/`.
    public static func knowledgeBase() throws -> KnowledgeBase { try loaded.get() }

    /// Its articles; throws rather than returning none.
    public static func articles() throws -> [Article] {
        let articles = try knowledgeBase().articles
        guard !articles.isEmpty else { throw Empty() }
        return articles
    }
}
