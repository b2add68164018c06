import Foundation
import TestSupport

/// Paths of the loading tests' fixture folders and of the shared corpus, found from this file.
enum LoadingFixtures {
    /// A folder under `Tests/KnowledgeBaseTests/Fixtures`.
    static func folder(_ name: String) -> URL {
        RepoPaths.fixtures(of: "KnowledgeBaseTests").appendingPathComponent(name)
    }

    /// `<repo>/../shared/corpus/msdocs`.
    static let msdocs = RepoPaths.msdocs
}
