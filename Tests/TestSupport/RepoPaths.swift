import Foundation

/// Where tests find their data: the repository (from this file's path) and the shared,
/// read-only data beside it (`<repo>/../shared`, as on a developer's machine and in CI).
public enum RepoPaths {
    /// The repository root: this file is `<repo>/Tests/TestSupport/RepoPaths.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<repo>/Content`, the real articles.
    public static let content = root.appendingPathComponent("Content", isDirectory: true)

    /// `<repo>/../shared`.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)

    /// `<repo>/../shared/eval/<path>`.
    public static func eval(_ path: String) -> URL { shared.appendingPathComponent("eval").appendingPathComponent(path) }

    /// `<repo>/../shared/spec/<path>`.
    public static func spec(_ path: String) -> URL { shared.appendingPathComponent("spec").appendingPathComponent(path) }

    /// `<repo>/../shared/corpus/msdocs`: 5,000 real troubleshooting articles.
    public static let msdocs = shared.appendingPathComponent("corpus/msdocs", isDirectory: true)

    /// `<repo>/Tests/<target>/Fixtures`.
    public static func fixtures(of target: String) -> URL {
        root.appendingPathComponent("Tests").appendingPathComponent(target).appendingPathComponent("Fixtures")
    }
}
