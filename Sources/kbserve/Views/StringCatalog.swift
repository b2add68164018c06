import Foundation
import KnowledgeBase
import Mustache

/// The interface text of one language (labels, headings, messages), read from
/// `Resources/strings/<language>.json`. Templates read it as `{{t.key}}`; Swift code with
/// `catalog["key"]` or `format`. Every catalog has the same keys (a test checks).
struct StringCatalog: Sendable, MustacheParent {
    let language: Language
    private let strings: [String: String]

    init(language: Language, strings: [String: String]) {
        self.language = language
        self.strings = strings
    }

    /// The catalog shipped with the server for `language`.
    init(bundled language: Language) throws {
        try self.init(language: language, resources: Assets.resourcesDirectory)
    }

    /// The catalog of `language` in `resources/strings/<language>.json`.
    init(language: Language, resources: URL) throws {
        let url = resources.appendingPathComponent("strings/\(language.rawValue).json")
        let strings = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        self.init(language: language, strings: strings)
    }

    var keys: Set<String> { Set(strings.keys) }

    /// The text of `key`, nil when the catalog has none.
    func text(_ key: String) -> String? { strings[key] }

    /// The text of `key` (the key itself when missing, so a gap shows instead of failing).
    subscript(_ key: String) -> String { strings[key] ?? key }

    /// The text of `key` with each `{name}` replaced by `values[name]`.
    func format(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The text of `key` as HTML: escaped, with each `{name}` replaced by a link to `url`
    /// whose text is the catalog's `textKey`.
    func html(_ key: String, links: [String: (textKey: String, url: String)]) -> String {
        var html = HTMLText.escape(self[key])
        for (name, link) in links {
            let anchor = "<a href=\"\(HTMLText.escape(link.url))\">\(HTMLText.escape(self[link.textKey]))</a>"
            html = html.replacingOccurrences(of: "{\(name)}", with: anchor)
        }
        return html
    }

    /// Mustache: `{{t.key}}`.
    func child(named name: String) -> Any? { strings[name] }
}

/// One catalog per language, loaded once.
struct StringCatalogs: Sendable {
    private let catalogs: [Language: StringCatalog]

    init(_ catalogs: [StringCatalog]) {
        self.catalogs = Dictionary(uniqueKeysWithValues: catalogs.map { ($0.language, $0) })
    }

    /// The catalogs shipped with the server, one per `Language`.
    static func bundled() throws -> StringCatalogs {
        try StringCatalogs(resources: Assets.resourcesDirectory)
    }

    /// The catalogs under `resources/strings/`, one per `Language`.
    init(resources: URL) throws {
        self.init(try Language.allCases.map { try StringCatalog(language: $0, resources: resources) })
    }

    subscript(_ language: Language) -> StringCatalog {
        catalogs[language] ?? catalogs[.original] ?? StringCatalog(language: language, strings: [:])
    }
}
