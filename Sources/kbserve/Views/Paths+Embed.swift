import KnowledgeBase

/// The help panel's URLs (`/embed/panel…`, under `/es/` in Spanish). They carry an error id
/// and an app route at most: never what a patient typed (search text is POSTed).
extension Paths {
    /// The script apps load: the same in every language.
    static let embedScript = "/embed/help.js"

    /// Where the panel's search form posts (the panel itself).
    static func embedPanel(_ language: Language = .original) -> String { prefix(language) + "/embed/panel" }

    /// The panel's suggestions for an error id and a route.
    static func embedPanel(_ language: Language = .original, context: EmbedContext) -> String {
        embedPanel(language) + context.queryString
    }

    /// An article in the panel, keeping the panel's context for its "back to suggestions" link.
    /// Its own route (not `/articles/…`) is what marks a reading that started in the panel.
    static func embedArticle(_ id: ArticleID, anchor: String? = nil, language: Language = .original, context: EmbedContext) -> String {
        var path = prefix(language) + "/embed/panel/articles/" + encodedSegment(id.rawValue) + context.queryString
        if let anchor, !anchor.isEmpty { path += "#" + encodedSegment(anchor) }
        return path
    }

    /// Whether `path` is one of the panel's pages, in any language (they may be framed by the embed origins).
    static func isEmbedPanel(_ path: String) -> Bool {
        let unprefixed = translate(path, to: .original)
        return unprefixed == "/embed/panel" || unprefixed.hasPrefix("/embed/panel/")
    }

    /// An article body for the panel: links to other articles open in the panel (with its
    /// context), in-page anchors stay, and every other link (categories, other sites) opens a
    /// new tab, since those pages may not be framed.
    static func embedLinks(in html: String, language: Language, context: EmbedContext) -> String {
        let marker = "<a href=\""
        var result = ""
        result.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while let start = rest.range(of: marker) {
            result += rest[..<start.lowerBound]
            let afterMarker = rest[start.upperBound...]
            guard let close = afterMarker.firstIndex(of: "\"") else {
                rest = rest[start.lowerBound...]
                break
            }
            let href = afterMarker[..<close]
            if href.hasPrefix("/articles/") {
                let target = href.dropFirst("/articles/".count)
                let id = target.prefix { $0 != "#" && $0 != "?" }
                let anchor = target.firstIndex(of: "#").map { String(target[target.index(after: $0)...]) }
                // The sanitizer wrote the href escaped; ids and anchors keep their encoding.
                var path = prefix(language) + "/embed/panel/articles/" + id + context.queryString.replacingOccurrences(of: "&", with: "&amp;")
                if let anchor, !anchor.isEmpty { path += "#" + anchor }
                result += marker + path + "\""
            } else if href.hasPrefix("#") {
                result += marker + href + "\""
            } else {
                let local = href.hasPrefix("/") && !href.hasPrefix("//") ? translate(String(href), to: language) : String(href)
                result += "<a target=\"_blank\" href=\"" + local + "\""
            }
            rest = afterMarker[afterMarker.index(after: close)...]
        }
        result += rest
        return result
    }
}

/// What the app told the panel: the error id on screen and the route or step the patient is
/// on. Both are names, checked as such; search text is not part of it.
struct EmbedContext: Sendable, Hashable {
    var error: String?
    var route: AppRoute?

    static let none = EmbedContext()

    /// `?error=…&route=…` (empty when neither is set); both are plain names, so nothing needs escaping
    /// beyond what `Paths` does to query values.
    var queryString: String {
        var pairs: [String] = []
        if let error { pairs.append("error=" + Paths.encodedQueryValue(error)) }
        if let route { pairs.append("route=" + Paths.encodedQueryValue(route.rawValue)) }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    var isEmpty: Bool { error == nil && route == nil }
}
