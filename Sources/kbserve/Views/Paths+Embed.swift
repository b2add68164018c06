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
    /// new tab, since those pages may not be framed. Reads the sanitizer's output, whose
    /// attribute values are always double-quoted with their quotes escaped.
    static func embedLinks(in html: String, language: Language, context: EmbedContext) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while let start = rest.range(of: "<a ") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let tagEnd = rest.firstIndex(of: ">") else { break }
            // The tag's attributes, each `name="value"`; a `>` may only appear inside a value.
            var attributes: [(name: Substring, value: Substring)] = []
            var cursor = rest.startIndex
            while cursor < rest.endIndex, rest[cursor] != ">" {
                if rest[cursor] == " " { cursor = rest.index(after: cursor); continue }
                guard let equals = rest[cursor...].firstIndex(of: "="), rest.index(after: equals) < rest.endIndex,
                    rest[rest.index(after: equals)] == "\"",
                    let close = rest[rest.index(equals, offsetBy: 2)...].firstIndex(of: "\"")
                else { cursor = tagEnd; break }
                attributes.append((rest[cursor..<equals], rest[rest.index(equals, offsetBy: 2)..<close]))
                cursor = rest.index(after: close)
            }
            guard cursor < rest.endIndex, let href = attributes.first(where: { $0.name == "href" })?.value else { continue }
            var rewritten = attributes.filter { $0.name != "href" }.map { " \($0.name)=\"\($0.value)\"" }.joined()
            if href.hasPrefix("/articles/") {
                let target = href.dropFirst("/articles/".count)
                let id = target.prefix { $0 != "#" && $0 != "?" }
                let anchor = target.firstIndex(of: "#").map { target[target.index(after: $0)...] } ?? ""
                // The href is already escaped; the query's `&` is written as `&amp;` too.
                let query = context.queryString.replacingOccurrences(of: "&", with: "&amp;")
                rewritten = "href=\"\(prefix(language))/embed/panel/articles/\(id)\(query)\(anchor.isEmpty ? "" : "#" + anchor)\"" + rewritten
            } else if href.hasPrefix("#") {
                rewritten = "href=\"\(href)\"" + rewritten
            } else {
                let local = href.hasPrefix("/") && !href.hasPrefix("//") ? translate(String(href), to: language) : String(href)
                rewritten = "target=\"_blank\" href=\"\(local)\"" + rewritten
            }
            result += rewritten
            rest = rest[cursor...]
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

    /// How insights list a panel opening: "error dob-incorrect", "route sign-in", both, or
    /// "(no context)". Names only, never what the patient typed.
    var insightsText: String {
        let parts = (error.map { ["error " + $0] } ?? []) + (route.map { ["route " + $0.rawValue] } ?? [])
        return parts.isEmpty ? "(no context)" : parts.joined(separator: ", ")
    }
}
