import Foundation
import KnowledgeBase

/// The site's URLs, built in one place. Spanish pages live under `/es/`; unprefixed
/// URLs are English.
enum Paths {
    /// `/es` for Spanish, nothing for the original language.
    static func prefix(_ language: Language) -> String {
        language == .original ? "" : "/" + language.rawValue
    }

    /// The home page: `/` or `/es/`.
    static func home(_ language: Language = .original) -> String { prefix(language) + "/" }

    /// The troubleshooter, in the patient or the agent view.
    static func troubleshoot(_ language: Language = .original, agentView: Bool = false) -> String {
        prefix(language) + "/troubleshoot" + (agentView ? "?view=agent" : "")
    }

    /// Where the search forms send their query.
    static func searchForm(_ language: Language = .original) -> String { prefix(language) + "/search" }

    /// The paths of the routes that search, which are also their route templates: the results
    /// page in every language, and the API's search and suggestions.
    static let searchRoutes: Set<String> = Set(Language.allCases.map { searchForm($0) }).union(["/api/v1/search", "/api/v1/suggest"])

    /// An article's page. A staff reader's links carry `audience=staff`, which staff articles
    /// need (patient pages ignore it); `query` adds `name=value` pairs that are already encoded.
    static func article(
        _ id: ArticleID, anchor: String? = nil, audience: Audience = .patient, language: Language = .original, query: [String] = []
    ) -> String {
        var path = prefix(language) + "/articles/\(encode(id.rawValue))" + queryString(audience: audience, query)
        if let anchor, !anchor.isEmpty { path += "#" + encode(anchor) }
        return path
    }

    /// `url` (a local link to a result) carrying the search it came from and its position
    /// (1 = first): `sid=<id>&pos=<n>` before the fragment. Unchanged without a search id.
    static func result(_ url: String, searchID: SearchID?, position: Int) -> String {
        guard let searchID else { return url }
        // Byte scans: "#" and "?" are ASCII, so their places are character boundaries.
        let bytes = url.utf8
        let fragmentStart = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        // One allocation: room for the link, the id and the two parameters.
        var result = ""
        result.reserveCapacity(bytes.count + searchID.rawValue.utf8.count + 32)
        result += url[..<fragmentStart]
        result += bytes[..<fragmentStart].contains(UInt8(ascii: "?")) ? "&sid=" : "?sid="
        result += searchID.rawValue
        result += "&pos="
        result += String(position)
        result += url[fragmentStart...]
        return result
    }

    /// A link to `article` that opens for everyone who may see it.
    static func article(_ article: Article, anchor: String? = nil, language: Language = .original) -> String {
        self.article(article.id, anchor: anchor, audience: article.audience, language: language)
    }

    /// Where an article's "Was this helpful?" form posts.
    static func feedback(_ article: Article, language: Language = .original) -> String {
        prefix(language) + "/articles/\(encode(article.id.rawValue))/feedback" + queryString(audience: article.audience, [])
    }

    static func category(_ category: Category, language: Language = .original) -> String {
        prefix(language) + "/categories/\(encode(category.rawValue))"
    }

    static func search(_ query: String, category: Category? = nil, audience: Audience = .patient, language: Language = .original) -> String {
        var path = prefix(language) + "/search?q=" + encodeQuery(query)
        if let category { path += "&category=" + encodeQuery(category.rawValue) }
        if audience != .default { path += "&audience=" + audience.rawValue }
        return path
    }

    /// The language switch: sets the language cookie, then 303 to `next` (a local path).
    static func languageSwitch(to language: Language, next: String) -> String {
        "/language?set=\(language.rawValue)&next=" + encodeQuery(next)
    }

    /// `path` (a local path of the site) in `language`: `/articles/x` ⇄ `/es/articles/x`.
    static func translate(_ path: String, to language: Language) -> String {
        var unprefixed = Substring(path)
        for other in Language.allCases where other != .original {
            let otherPrefix = prefix(other)
            if unprefixed == otherPrefix { unprefixed = "/"; break }
            if unprefixed.hasPrefix(otherPrefix + "/") { unprefixed = unprefixed.dropFirst(otherPrefix.count); break }
        }
        return prefix(language) + unprefixed
    }

    /// An article body's links to other articles and categories, pointed at `language`'s pages.
    static func localizingLinks(in html: String, to language: Language) -> String {
        guard language != .original else { return html }
        return html.replacingOccurrences(of: "href=\"/articles/", with: "href=\"\(prefix(language))/articles/")
            .replacingOccurrences(of: "href=\"/categories/", with: "href=\"\(prefix(language))/categories/")
    }

    /// The language a local path is shown in, from its prefix.
    static func language(of path: String) -> Language {
        Language.allCases.first { $0 != .original && (path == prefix($0) || path.hasPrefix(prefix($0) + "/")) } ?? .original
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

    /// A path segment (an id or anchor), percent-encoded where needed.
    static func encodedSegment(_ segment: String) -> String { encode(segment) }

    /// A query value, percent-encoded where needed.
    static func encodedQueryValue(_ value: String) -> String { encodeQuery(value) }

    private static func encodeQuery(_ value: String) -> String {
        if value.utf8.allSatisfy(isUnreserved) { return value }
        return value.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? value
    }
}
