import Foundation

/// Recognizes links to other articles in an article's hrefs: `/articles/<id>[#anchor]`,
/// and relative links to article files (`other.md#x`, `../topic/page.html`, `../page`),
/// resolved against the linking file's folder to the target's path id.
struct LinkResolver {
    /// The linking file, relative to the content folder.
    let sourcePath: String
    /// The folders of `sourcePath`, where its relative links start.
    private let sourceFolders: [String]

    init(sourcePath: String) {
        self.sourcePath = sourcePath
        sourceFolders = sourcePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).dropLast()
            .map { String(Substring($0)) }
    }

    /// A link to an article.
    struct Resolved {
        var target: ArticleID
        var anchor: String?
        /// Whether the target is a path (relative link), to map to the file's real id.
        var isPath: Bool
        /// The site URL the link should have (`/articles/<id>#anchor`).
        var href: String
    }

    static let articlePrefix = "/articles/"

    /// The article `href` points to, or `nil` for in-page, external and non-article links.
    func resolve(_ href: String) -> Resolved? {
        let trimmed = href.trimmingWhitespace()
        guard let first = trimmed.first, first != "#", HTMLSanitizer.kind(of: trimmed) == .local else { return nil }
        let (path, anchor) = Self.splitFragment(trimmed)
        if path.hasPrefix(Self.articlePrefix) {
            let id = Self.decoded(String(path.dropFirst(Self.articlePrefix.count)))
            guard !id.isEmpty else { return nil }
            // A fragment naming a page id was prefixed like the heading it points to.
            var href = trimmed
            if let anchor, anchor.hasPrefix(HTMLSanitizer.contentIDPrefix), !trimmed.hasSuffix("#" + anchor) { href = path + "#" + anchor }
            return Resolved(target: ArticleID(id), anchor: anchor, isPath: false, href: href)
        }
        if first == "/" { return nil }
        guard let resolved = resolveRelative(Self.decoded(path)) else { return nil }
        let href = Self.articlePrefix + resolved + (anchor.map { "#" + $0 } ?? "")
        return Resolved(target: ArticleID(resolved), anchor: anchor, isPath: true, href: href)
    }

    /// The path id of a relative link to an article file, `nil` when it is not one or leaves the content folder.
    private func resolveRelative(_ path: String) -> String? {
        guard !path.isEmpty else { return nil }
        var components = sourceFolders
        for component in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                guard !components.isEmpty else { return nil }
                components.removeLast()
            } else {
                components.append(String(Substring(component)))
            }
        }
        guard let last = components.last else { return nil }
        if let dot = last.lastIndex(of: ".") {
            let ext = last[last.index(after: dot)...].lowercased()
            guard ContentLoader.articleExtensions.contains(ext) else { return nil }
            components[components.count - 1] = String(last[..<dot])
        }
        return components.joined(separator: "/")
    }

    /// The path and the fragment of `href`, found by their ASCII delimiters in its UTF-8 (as a URL
    /// is parsed), without walking the text character by character.
    private static func splitFragment(_ href: String) -> (path: String, anchor: String?) {
        var rest = Substring(href)
        var anchor: String?
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            let fragment = decoded(String(rest[rest.utf8.index(after: hash)...]))
            anchor = fragment.isEmpty ? nil : HTMLSanitizer.contentID(fragment)
            rest = rest[..<hash]
        }
        if let query = rest.utf8.firstIndex(of: UInt8(ascii: "?")) { rest = rest[..<query] }
        return (String(rest), anchor)
    }

    private static func decoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? text) : text
    }
}
