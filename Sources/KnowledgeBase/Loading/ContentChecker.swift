/// Lints a loaded content folder: files that could not be loaded, duplicate ids,
/// missing titles, unknown categories, `related` ids and internal links (and their
/// `#anchors`) that point nowhere, causes whose anchor is not a section of their
/// article, `contexts` that are not app route names, and staff articles a patient could
/// reach (a patient article's `related`, any body link, `contexts`) or that feed the Diagnoser. Every problem names its file and line.
public struct ContentChecker: Sendable {
    /// The categories an article may name.
    public var categories: Set<Category>

    public init(categories: [Category] = Category.known) {
        self.categories = Set(categories)
    }

    /// The problems of `result`, the load's own first, sorted by file and line.
    public func check(_ result: ContentLoader.Result) -> [ContentProblem] {
        check(result.articles, loadProblems: result.report.problems, fieldLines: result.fieldLines)
    }

    /// The problems of `articles`; `fieldLines` (by source path) gives metadata lines. For a
    /// translation, `originals` are the articles a link or `related` id may also name (the
    /// site shows the original where there is no translation).
    public func check(
        _ articles: [Article], loadProblems: [ContentProblem] = [], fieldLines: [String: FieldLines] = [:], originals: [Article] = []
    ) -> [ContentProblem] {
        var problems = loadProblems
        var byID: [ArticleID: [Article]] = [:]
        for article in articles { byID[article.id, default: []].append(article) }
        var originalByID: [ArticleID: Article] = [:]
        for original in originals where originalByID[original.id] == nil { originalByID[original.id] = original }

        for article in articles {
            let lines = fieldLines[article.sourcePath] ?? FieldLines()
            func report(_ line: Int?, _ message: String) {
                problems.append(ContentProblem(file: article.sourcePath, line: line ?? 1, message: message))
            }
            if let others = byID[article.id], others.count > 1 {
                let elsewhere = others.filter { $0.sourcePath != article.sourcePath }.map(\.sourcePath)
                report(lines.line(of: "id"), "duplicate id '\(article.id)': also used by \(elsewhere.joined(separator: ", "))")
            }
            if article.title.trimmingWhitespace().isEmpty {
                report(lines.line(of: "title"), "missing title")
            }
            if let category = article.category, !categories.contains(category) {
                let known = categories.map(\.rawValue).sorted().joined(separator: ", ")
                report(lines.line(of: "category"), "unknown category '\(category.rawValue)' (known: \(known))")
            }
            for (index, related) in article.related.enumerated() {
                guard let target = byID[related]?.first ?? originalByID[related] else {
                    report(lines.line(of: "related", item: index), "related article '\(related)' does not exist")
                    continue
                }
                if !target.isVisible(to: article.audience) {
                    report(lines.line(of: "related", item: index), "related article '\(related)' is for staff; patients cannot open it")
                }
            }
            for link in article.links {
                guard let target = byID[link.target]?.first ?? originalByID[link.target] else {
                    report(link.line, "link to article '\(link.target)', which does not exist")
                    continue
                }
                if target.audience == .staff {
                    report(link.line, "link to staff article '\(link.target)': its page needs ?audience=staff; list it under 'related' of a staff article instead")
                }
                if let anchor = link.anchor, target.section(anchor: anchor) == nil {
                    report(link.line, "link to '\(link.target)#\(anchor)': that article has no section '\(anchor)'")
                }
            }
            if article.audience == .staff, !article.errors.isEmpty || !article.causes.isEmpty {
                report(lines.line(of: article.causes.isEmpty ? "errors" : "causes"),
                       "a staff article cannot have 'errors' or 'causes': the Diagnoser's answers are shown to patients")
            }
            for (index, context) in article.contexts.enumerated() {
                if case .failure(let malformed) = AppRoute.parse(context) {
                    report(lines.line(of: "contexts", item: index), "context \(malformed)")
                }
            }
            if article.audience == .staff, !article.contexts.isEmpty {
                report(lines.line(of: "contexts"), "a staff article cannot have 'contexts': the app's help panel is for patients")
            }
            for (index, cause) in article.causes.enumerated() {
                let line = lines.line(of: "causes", item: index)
                if cause.anchor.isEmpty {
                    report(line, "cause '\(cause.id)' has no anchor")
                } else if article.section(anchor: cause.anchor) == nil {
                    report(line, "cause '\(cause.id)': anchor '\(cause.anchor)' is not a section of this article")
                }
            }
        }
        return problems.sorted(by: ContentProblem.sourceOrder)
    }
}
