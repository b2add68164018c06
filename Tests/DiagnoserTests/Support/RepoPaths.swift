import Foundation

/// Paths relative to this file: the repository root, its Content/ and ../shared.
enum RepoPaths {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, DiagnoserTests, Tests, root
        return url
    }()
    static let content = root.appendingPathComponent("Content")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let devCases = shared.appendingPathComponent("eval/diagnose-dev.jsonl")
    static let fixtures = root.appendingPathComponent("Tests/DiagnoserTests/Fixtures")
}
