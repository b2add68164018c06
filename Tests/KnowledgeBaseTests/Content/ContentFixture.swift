import Foundation
@testable import KnowledgeBase

/// The repository's `Content/` folder loaded once for all content tests, and the
/// shared spec and eval files next to the repository.
enum ContentFixture {
    /// The repository root: this file is `<repo>/Tests/KnowledgeBaseTests/Content/ContentFixture.swift`.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .resolvingSymlinksInPath()

    static let contentFolder = repository.appendingPathComponent("Content")

    /// `<repo>/../shared/<path>`.
    static func shared(_ path: String) -> URL {
        repository.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
    }

    static func sharedText(_ path: String) throws -> String {
        try String(contentsOf: shared(path), encoding: .utf8)
    }

    private static let loaded: Result<KnowledgeBase, any Error> = Result {
        try KnowledgeBase.load(from: contentFolder)
    }

    /// The knowledge base built from `Content/`.
    static func knowledgeBase() throws -> KnowledgeBase { try loaded.get() }
}
