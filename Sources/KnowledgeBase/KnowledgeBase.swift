import Foundation
import Logging

/// The facade: a content folder loaded into articles, and an index over them that
/// answers searches. Immutable: reloading builds a new `KnowledgeBase`, never
/// mutates one that requests are reading.
public struct KnowledgeBase: Sendable {
    /// All articles, sorted by id.
    public let articles: [Article]
    /// What loading found: counts, and each problem with file and line.
    public let report: LoadReport
    public let searcher: Searcher
    /// The synonyms search expands queries with (the Diagnoser reads phrases with them too).
    public let synonyms: SynonymTable
    /// The language of the articles, whose analysis the index and queries use.
    public let language: Language
    private let byID: [ArticleID: Int]
    /// Each portal error's first article (by id) and its position in that article's `errors`.
    private let errorsByID: [ErrorID: (article: Int, error: Int)]

    /// The portal the help center is for; its name never makes a search match alone.
    public static let siteName = "Patient Fusion"
    /// The articles' generic word for the site, in both languages (`RankingParameters.siteWord`).
    public static let siteWord = "portal"

    /// `base` with this help center's site: its name and generic word.
    public static func ranking(_ base: RankingParameters = .standard) -> RankingParameters {
        var ranking = base
        ranking.siteName = siteName
        ranking.siteWord = siteWord
        return ranking
    }

    /// Builds the index over `articles`, written in `language`.
    public init(articles: [Article], synonyms: SynonymTable = .builtIn, report: LoadReport = LoadReport(), language: Language = .original) {
        self.language = language
        let sorted = articles.sorted { $0.id < $1.id }
        self.articles = sorted
        self.report = report
        self.synonyms = synonyms
        var byID: [ArticleID: Int] = [:]
        for (offset, article) in sorted.enumerated() where byID[article.id] == nil { byID[article.id] = offset }
        self.byID = byID
        var errorsByID: [ErrorID: (article: Int, error: Int)] = [:]
        for (offset, article) in sorted.enumerated() {
            for (position, error) in article.errors.enumerated() where errorsByID[error.id] == nil {
                errorsByID[error.id] = (offset, position)
            }
        }
        self.errorsByID = errorsByID
        self.searcher = Searcher(index: IndexBuilder(synonyms: synonyms, analyzer: .standard(for: language)).build(sorted),
                                 ranking: Self.ranking())
    }

    /// Loads every article under `directory` (recursively) and its synonym file
    /// (`synonyms.txt`, if present; else the built-in list). Unreadable or malformed
    /// files are reported in `report` and skipped; only a missing folder throws. External
    /// images are kept only from `allowedImageHosts`.
    public static func load(from directory: URL, logger: Logger? = nil, allowedImageHosts: Set<String> = []) throws -> KnowledgeBase {
        var loader = ContentLoader(directory: directory)
        loader.allowedImageHosts = allowedImageHosts
        let knowledgeBase = KnowledgeBase(loaded: try loader.load(), synonymsIn: directory)
        for problem in knowledgeBase.report.problems {
            logger?.warning("\(problem.message)", metadata: ["file": "\(problem.file)", "line": "\(problem.line ?? 0)"])
        }
        return knowledgeBase
    }

    /// Builds the index over a loaded folder's articles with the folder's synonym file
    /// (`synonyms.txt`, over the built-in list for English); the file's problems join the
    /// load's in `report`.
    public init(loaded: ContentLoader.Result, synonymsIn directory: URL, language: Language = .original) {
        var report = loaded.report
        let synonyms = Self.synonyms(in: directory, language: language, report: &report)
        self.init(articles: loaded.articles, synonyms: synonyms, report: report, language: language)
    }

    /// The folder's synonym file over the built-in list (English; other languages start
    /// empty); bad lines (or an unreadable file) go into `report` and the rest is used.
    public static func synonyms(in directory: URL, language: Language = .original, report: inout LoadReport) -> SynonymTable {
        let base = language == .en ? SynonymTable.builtIn : SynonymTable()
        let file = (language.contentFolder.map { $0 + "/" } ?? "") + SynonymTable.fileName
        do {
            guard let loaded = try SynonymTable.load(from: directory.appendingPathComponent(SynonymTable.fileName), over: base) else {
                return base
            }
            report.problems += loaded.problems.map {
                ContentProblem(file: file, line: $0.line, message: $0.reason, severity: .error)
            }
            return loaded.table
        } catch let error as SynonymFileError {
            report.problems.append(ContentProblem(file: file, line: nil, message: error.reason, severity: .error))
            return base
        } catch {
            report.problems.append(ContentProblem(file: file, line: nil, message: "\(error)", severity: .error))
            return base
        }
    }

    public func article(_ id: ArticleID) -> Article? {
        byID[id].map { articles[$0] }
    }

    /// The portal error `id` as the first article (by id) that explains it states it.
    public func error(_ id: ErrorID) -> ErrorMessage? {
        errorsByID[id].map { articles[$0.article].errors[$0.error] }
    }

    /// The first article (by id) that explains the portal error `id`.
    public func article(explaining id: ErrorID) -> Article? {
        errorsByID[id].map { articles[$0.article] }
    }

    public func search(_ request: SearchRequest) -> SearchResults {
        searcher.search(request)
    }

    /// The articles a reader of `audience` may see (all of them for staff), sorted by id.
    public func articles(visibleTo audience: Audience) -> [Article] {
        articles.filter { $0.isVisible(to: audience) }
    }

    /// The article with this id if a reader of `audience` may see it.
    public func article(_ id: ArticleID, visibleTo audience: Audience) -> Article? {
        article(id).flatMap { $0.isVisible(to: audience) ? $0 : nil }
    }

    /// Articles a reader of `audience` may see, by category, each list sorted by title.
    public func articlesByCategory(visibleTo audience: Audience = .patient) -> [Category: [Article]] {
        var grouped: [Category: [Article]] = [:]
        for article in articles where article.isVisible(to: audience) {
            if let category = article.category { grouped[category, default: []].append(article) }
        }
        return grouped.mapValues { $0.sorted { $0.title < $1.title } }
    }
}
