import Foundation
import KnowledgeBase

/// The site's URLs, built in one place.
enum Paths {
    /// An article's page. A staff reader's links carry `audience=staff`, which staff articles
    /// need (patient pages ignore it); `query` adds `name=value` pairs that are already encoded.
    static func article(_ id: ArticleID, anchor: String? = nil, audience: Audience = .patient, query: [String] = []) -> String {
        var path = "/articles/\(encode(id.rawValue))" + queryString(audience: audience, query)
        if let anchor, !anchor.isEmpty { path += "#" + encode(anchor) }
        return path
    }

    /// A link to `article` that opens for everyone who may see it.
    static func article(_ article: Article, anchor: String? = nil) -> String {
        self.article(article.id, anchor: anchor, audience: article.audience)
    }

    /// Where an article's "Was this helpful?" form posts.
    static func feedback(_ article: Article) -> String {
        "/articles/\(encode(article.id.rawValue))/feedback" + queryString(audience: article.audience, [])
    }

    static func category(_ category: Category) -> String { "/categories/\(encode(category.rawValue))" }

    static func search(_ query: String, category: Category? = nil, audience: Audience = .patient) -> String {
        var path = "/search?q=" + encodeQuery(query)
        if let category { path += "&category=" + encodeQuery(category.rawValue) }
        if audience != .default { path += "&audience=" + audience.rawValue }
        return path
    }

    private static func queryString(audience: Audience, _ query: [String]) -> String {
        let pairs = (audience == .default ? [] : ["audience=" + audience.rawValue]) + query
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    /// Unreserved characters (RFC 3986): never escaped by either encoding below.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static let pathAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return allowed
    }()

    private static let queryAllowed: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()

    /// Ids and anchors are nearly always unreserved already: those skip Foundation.
    private static func encode(_ segment: String) -> String {
        if segment.utf8.allSatisfy(isUnreserved) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: pathAllowed) ?? segment
    }

    private static func encodeQuery(_ value: String) -> String {
        if value.utf8.allSatisfy(isUnreserved) { return value }
        return value.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? value
    }
}
