import Foundation
import KnowledgeBase

/// The site's URLs, built in one place.
enum Paths {
    static func article(_ id: ArticleID, anchor: String? = nil) -> String {
        let base = "/articles/\(encode(id.rawValue))"
        guard let anchor, !anchor.isEmpty else { return base }
        return base + "#" + encode(anchor)
    }

    static func category(_ category: Category) -> String { "/categories/\(encode(category.rawValue))" }

    static func search(_ query: String, category: Category? = nil) -> String {
        var path = "/search?q=" + encodeQuery(query)
        if let category { path += "&category=" + encodeQuery(category.rawValue) }
        return path
    }

    private static func encode(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }

    private static func encodeQuery(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
