import Foundation
@testable import KnowledgeBase
import TestSupport

/// The repository's `Content/` folder loaded once for all content tests, and the
/// shared spec and eval files next to the repository.
enum ContentFixture {
    static let contentFolder = RepoPaths.content

    /// `<repo>/../shared/<path>`.
    static func shared(_ path: String) -> URL { RepoPaths.shared.appendingPathComponent(path) }

    static func sharedText(_ path: String) throws -> String {
        try String(contentsOf: shared(path), encoding: .utf8)
    }

    private static let loaded: Result<KnowledgeBase, any Error> = Result {
        try KnowledgeBase.load(from: contentFolder)
    }

    /// The knowledge base built from `Content/`.
    static func knowledgeBase() throws -> KnowledgeBase { try loaded.get() }
}
