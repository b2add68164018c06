import Foundation

/// Paths of the loading tests' fixture folders and of the shared corpus, found from this file.
enum LoadingFixtures {
    /// `Tests/KnowledgeBaseTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// A folder under `Tests/KnowledgeBaseTests/Fixtures`.
    static func folder(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// `<repo>/../shared/corpus/msdocs`, not standardized so that a symlinked checkout resolves like the shell does.
    static let msdocs = URL(
        fileURLWithPath: testsFolder.deletingLastPathComponent().deletingLastPathComponent().path
            + "/../shared/corpus/msdocs")
}
