import Synchronization
import Foundation

/// Loads every article (`*.md`, `*.html`) under a content folder, recursively, into
/// the document model, in parallel across cores. Hidden files and folders, `includes`
/// folders (fragments other articles pull in, not articles of their own), a `README.md`
/// at the root (notes for authors) and every other kind of file (`synonyms.txt`, images)
/// are not articles. A file that cannot be read, is not UTF-8 text, has malformed front
/// matter or no title is reported with file, line and reason, and skipped; it never
/// stops the load.
public struct ContentLoader: Sendable {
    public var directory: URL
    /// Hosts external images may come from (lowercase); other external images are dropped.
    public var allowedImageHosts: Set<String> = []

    /// Folders at the root that are not loaded: the translations (`es/`), which are loaded
    /// as content folders of their own. Empty when loading a translation folder itself.
    public var skippedRootFolders: Set<String> = Set(Language.allCases.compactMap(\.contentFolder))

    public init(directory: URL) { self.directory = directory }

    /// The file extensions of articles, lowercase.
    public static let articleExtensions: Set<String> = ["md", "html"]
    /// Folders whose files are fragments, not articles.
    public static let fragmentFolders: Set<String> = ["includes"]

    public struct Result: Sendable {
        /// The loaded articles, in file order.
        public var articles: [Article]
        public var report: LoadReport
        /// Where each article's metadata fields are, by `Article.sourcePath`.
        public var fieldLines: [String: FieldLines]

        public init(articles: [Article], report: LoadReport, fieldLines: [String: FieldLines] = [:]) {
            self.articles = articles
            self.report = report
            self.fieldLines = fieldLines
        }
    }

    /// The content folder is missing or not a folder.
    public struct FolderError: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "The content folder '\(path)' does not exist or is not a folder." }
    }

    /// Loads the folder. Throws only when the folder itself is missing.
    public func load() throws -> Result {
        let paths = try articlePaths()
        let outcomes = Self.readAll(paths, in: directory.path, allowedImageHosts: allowedImageHosts)

        var articles: [Article] = []
        articles.reserveCapacity(outcomes.count)
        var fieldLines: [String: FieldLines] = [:]
        var problems: [ContentProblem] = []
        var skipped = 0
        var pathIDs: [String: ArticleID] = [:]
        var withPathLinks: [Int] = []
        for (outcome, path) in zip(outcomes, paths) {
            switch outcome {
            case .loaded(let file):
                if file.hasPathLinks { withPathLinks.append(articles.count) }
                pathIDs[ArticleFileReader(relativePath: path).pathID] = file.article.id
                fieldLines[path] = file.lines
                problems += file.warnings
                articles.append(file.article)
            case .skipped(let fileProblems):
                skipped += 1
                problems += fileProblems
            }
        }
        for index in withPathLinks { Self.mapPathLinks(of: &articles[index], to: pathIDs) }
        problems.sort(by: ContentProblem.sourceOrder)
        return Result(
            articles: articles, report: LoadReport(loaded: articles.count, skipped: skipped, problems: problems),
            fieldLines: fieldLines)
    }

    /// The article files under the folder, relative to it, sorted.
    func articlePaths() throws -> [String] {
        let root = directory.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FolderError(path: root)
        }
        var paths: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            // A subfolder that cannot be listed has no articles to report; the root was checked above.
            guard let entries = try? FileBytes.entries(of: folder.isEmpty ? root : root + "/" + folder) else { continue }
            for (name, isFolder) in entries where !name.hasPrefix(".") {
                let path = folder.isEmpty ? name : folder + "/" + name
                if isFolder {
                    if !Self.fragmentFolders.contains(name), !(folder.isEmpty && skippedRootFolders.contains(name)) { folders.append(path) }
                } else if Self.isArticleFile(name), !(folder.isEmpty && name.lowercased() == "readme.md") {
                    paths.append(path)
                }
            }
        }
        return paths.sorted()
    }

    private static func isArticleFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Reads every file, spread over the cores (each worker takes the next unread file and
    /// reuses one libxml2 parser context); outcomes in the order of `paths`.
    private static func readAll(_ paths: [String], in root: String, allowedImageHosts: Set<String>) -> [ArticleFileReader.Outcome] {
        let slots = Slots<ArticleFileReader.Outcome>(count: paths.count, initial: .skipped([]))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let parser = HTMLParser()
            while let index = slots.claimNext() {
                let reader = ArticleFileReader(relativePath: paths[index], allowedImageHosts: allowedImageHosts)
                do throws(FileBytes.Failure) {
                    let bytes = try FileBytes.read(root + "/" + paths[index])
                    slots.set(index, reader.read(bytes, parser: parser))
                } catch {
                    slots.set(
                        index,
                        .skipped([ContentProblem(file: paths[index], line: 1, message: "cannot read the file: \(error.reason)")]))
                }
            }
        }
        return slots.values()
    }

    /// Relative file links were resolved to path ids; point them at the ids those files declare.
    private static func mapPathLinks(of article: inout Article, to pathIDs: [String: ArticleID]) {
        for index in article.links.indices {
            let path = article.links[index].target.rawValue
            guard let id = pathIDs[path], id.rawValue != path else { continue }
            article.links[index].target = id
            let old = "href=\"\(LinkResolver.articlePrefix)\(path)"
            let new = "href=\"\(LinkResolver.articlePrefix)\(id.rawValue)"
            article.html = replacingLink(in: article.html, old, new)
            for section in article.sections.indices {
                article.sections[section].html = replacingLink(in: article.sections[section].html, old, new)
            }
        }
        for section in article.sections.indices {
            for link in article.sections[section].linkTexts.indices {
                if let id = pathIDs[article.sections[section].linkTexts[link].target.rawValue] {
                    article.sections[section].linkTexts[link].target = id
                }
            }
        }
    }

    /// Replaces `old` only where the href ends right after it (`"` or `#`).
    private static func replacingLink(in html: String, _ old: String, _ new: String) -> String {
        html.replacingOccurrences(of: old + "\"", with: new + "\"").replacingOccurrences(of: old + "#", with: new + "#")
    }
}

/// Result slots that concurrent workers fill: each claims the next index under a lock
/// and writes only that slot.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value>
    private let next = Mutex(0)

    init(count: Int, initial: Value) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: initial)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// The next unclaimed index, `nil` when all are taken.
    func claimNext() -> Int? {
        next.withLock { next in
            guard next < buffer.count else { return nil }
            next += 1
            return next - 1
        }
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { Array(buffer) }
}
