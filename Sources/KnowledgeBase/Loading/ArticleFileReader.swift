import Foundation
import Markdown

/// Reads one content file into an `Article`: checks the bytes are text, reads the
/// front matter, renders Markdown, and sends both formats through the same `HTMLTree`
/// and `ArticleBodyReader`. The tree comes from libxml2's parse, except for Markdown without
/// raw HTML, whose rendered HTML is read straight into the same tree. Never throws:
/// problems come back with file and line.
struct ArticleFileReader {
    /// The file, relative to the content folder.
    let relativePath: String
    /// Hosts external images may come from.
    var allowedImageHosts: Set<String> = []
    /// Parse all HTML with libxml2, rendered Markdown included (the reference the direct read is tested against).
    var libxml2Only = false

    enum Outcome {
        case loaded(LoadedFile)
        case skipped([ContentProblem])
    }

    struct LoadedFile {
        var article: Article
        var lines: FieldLines
        var warnings: [ContentProblem]
        /// Whether some links were relative file links, whose path ids may need mapping to front matter ids.
        var hasPathLinks: Bool
    }

    var format: Article.Format { relativePath.lowercased().hasSuffix(".md") ? .markdown : .html }

    /// The id an article has without an `id` in its front matter: its path without extension.
    var pathID: String {
        guard let dot = relativePath.lastIndex(of: "."), !relativePath[dot...].contains("/") else { return relativePath }
        return String(relativePath[..<dot])
    }

    /// Reads a file's bytes; `parser` is the calling thread's libxml2 context, reused across files.
    func read(_ bytes: [UInt8], parser: HTMLParser? = nil) -> Outcome {
        let source: SourceText
        do {
            source = try SourceText(bytes: bytes)
        } catch {
            return .skipped([problem(error.line, error.reason)])
        }
        let bytes = source.bytes
        let split: ArticleFrontMatter.Split
        var frontMatter = ArticleFrontMatter()
        do {
            split = try ArticleFrontMatter.split(bytes)
            if let yaml = split.yaml { frontMatter = try ArticleFrontMatter(yaml: yaml, firstLine: split.yamlLine) }
        } catch {
            return .skipped([problem(error.line, error.reason)])
        }
        var warnings = frontMatter.warnings.map { problem($0.line, $0.message, .warning) }
        var lines = frontMatter.lines

        let document: HTMLDocument?
        let tree: HTMLTree?
        switch format {
        case .markdown:
            document = nil
            tree = markdownTree(String(decoding: bytes[split.bodyStart...], as: UTF8.self), parser: parser)
        case .html:
            document = bytes[split.bodyStart...].withUnsafeBufferPointer { HTMLDocument(bytes: $0, parser: parser) }
            tree = document?.topElement(named: "body").map(HTMLTree.init(body:))
        }

        // HTML articles may carry their metadata in <title> and <meta>; front matter wins.
        var meta: [String: String] = [:]
        var headTitle: String?
        if format == .html, let document {
            for (name, content, line) in document.metadata where meta[name] == nil {
                meta[name] = content
                if lines.keys[name] == nil, line > 0 { lines.keys[name] = line + split.bodyLine - 1 }
            }
            headTitle = document.title?.text
        }

        var reader = ArticleBodyReader(
            resolver: LinkResolver(sourcePath: relativePath), knownTitle: frontMatter.title, allowedImageHosts: allowedImageHosts)
        let body = reader.read(tree)
        guard let title = frontMatter.title ?? body.titleHeading ?? headTitle else {
            return .skipped(
                [problem(1, "no title: add 'title:' to the front matter or start the article with a level-1 heading")]
                    + warnings)
        }

        let audience = readAudience(frontMatter.audience ?? Self.nonEmpty(meta["audience"]), line: lines.keys["audience"])
        if let invalid = audience.problem { warnings.append(invalid) }
        let links = internalLinks(body.links, bytes: bytes, bodyStart: split.bodyStart, bodyLine: split.bodyLine)
        let article = Article(
            id: ArticleID(frontMatter.id ?? Self.nonEmpty(meta["id"]) ?? pathID),
            title: title,
            summary: frontMatter.summary ?? frontMatter.description ?? Self.nonEmpty(meta["summary"])
                ?? Self.nonEmpty(meta["description"]) ?? "",
            category: (frontMatter.category ?? Self.nonEmpty(meta["category"])).map { Category(rawValue: $0) },
            audience: audience.value,
            aliases: frontMatter.aliases ?? Self.commaList(meta["aliases"]),
            errors: frontMatter.errors,
            causes: frontMatter.causes,
            related: (frontMatter.related ?? Self.commaList(meta["related"])).map { ArticleID($0) },
            contexts: frontMatter.contexts ?? Self.commaList(meta["contexts"]),
            updated: frontMatter.updated ?? Self.nonEmpty(meta["updated"]),
            sections: body.sections,
            links: links,
            html: body.html,
            sourcePath: relativePath,
            format: format)
        return .loaded(
            LoadedFile(
                article: article, lines: lines, warnings: warnings,
                hasPathLinks: body.links.contains { $0.resolved.isPath }))
    }

    /// The body of a Markdown article as HTML: built straight from the renderer when libxml2
    /// would read its HTML as written (`HTMLTree(markdown:reserving:)`), else rendered and
    /// parsed by libxml2.
    func markdownTree(_ markdown: String, parser: HTMLParser?) -> HTMLTree? {
        let document = MarkdownParser().parse(markdown)
        if !libxml2Only, let tree = HTMLTree(markdown: document, reserving: markdown.utf8.count) { return tree }
        let html = HTMLRenderer().renderBytes(document)
        let parsed = html.withUnsafeBufferPointer { HTMLDocument(bytes: $0, parser: parser) }
        return parsed?.topElement(named: "body").map(HTMLTree.init(body:))
    }

    /// The article's audience (any case). Other corpora use `audience:` for their own readers
    /// (msdocs: `ITPro`, `Admin`), so an unknown name is a warning and reads as the default;
    /// the content tests require a warning-free `Content/`, which catches a mistyped `staf`.
    private func readAudience(_ name: String?, line: Int?) -> (value: Audience, problem: ContentProblem?) {
        guard let name else { return (.default, nil) }
        if let audience = Audience(rawValue: name.lowercased()) { return (audience, nil) }
        let known = Audience.allCases.map(\.rawValue).joined(separator: ", ")
        return (.default, problem(line ?? 1, "unknown audience '\(name)' (known: \(known)); read as \(Audience.default.rawValue)", .warning))
    }

    /// The links with their source lines: libxml2's line for HTML sources; for Markdown,
    /// the line where the href is first written after the previous link's.
    private func internalLinks(
        _ found: [SanitizingWriter.FoundLink], bytes: [UInt8], bodyStart: Int, bodyLine: Int
    ) -> [InternalLink] {
        var cursor = bodyStart
        var cursorLine = bodyLine
        return found.map { link in
            var line: Int?
            switch format {
            case .html:
                line = link.htmlLine > 0 ? link.htmlLine + bodyLine - 1 : nil
            case .markdown:
                if let offset = Self.firstOffset(of: Array(link.href.utf8), in: bytes, from: cursor) {
                    for index in cursor..<offset where bytes[index] == UInt8(ascii: "\n") { cursorLine += 1 }
                    cursor = offset
                    line = cursorLine
                }
            }
            return InternalLink(target: link.resolved.target, anchor: link.resolved.anchor, line: line)
        }
    }

    private static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count - start >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    private static func commaList(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private func problem(_ line: Int, _ message: String, _ severity: ContentProblem.Severity = .error) -> ContentProblem {
        ContentProblem(file: relativePath, line: line, message: message, severity: severity)
    }
}
