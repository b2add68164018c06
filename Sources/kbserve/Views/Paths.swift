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
