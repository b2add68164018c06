/// The allowlist every article's HTML goes through: which elements are kept, which
/// are dropped with their content (script, style, iframe, forms, embedded objects,
/// svg/math, …), which are unwrapped (unknown tags keep their text), which
/// attributes survive, and which URLs are safe. One policy for Markdown and HTML.
public enum HTMLSanitizer {
    enum Treatment {
        /// Kept with its allowed attributes.
        case keep
        /// Kept, and has no content or end tag (`br`, `img`, …).
        case void
        /// Removed with everything inside it.
        case drop
        /// The tag is removed, its content kept.
        case unwrap
    }

    static func treatment(of element: String) -> Treatment { treatments[element] ?? .unwrap }

    static let treatments: [String: Treatment] = {
        var table: [String: Treatment] = [:]
        for name in [
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup",
            "a", "code", "pre", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small",
            "sub", "sup", "kbd", "samp", "var", "abbr", "cite", "q", "dfn", "time",
            "blockquote", "div", "span", "details", "summary", "figure", "figcaption",
            "section", "aside",
        ] { table[name] = .keep }
        for name in ["br", "hr", "img", "wbr", "col"] { table[name] = .void }
        for name in [
            "script", "style", "iframe", "frame", "frameset", "noframes", "object", "applet",
            "form", "button", "textarea", "select", "option", "optgroup", "datalist",
            "output", "label", "fieldset", "legend", "svg", "math", "template",
            "noscript", "canvas", "audio", "video", "head", "title", "dialog",
            "portal", "slot", "xml", "plaintext", "xmp", "listing", "marquee",
        ] { table[name] = .drop }
        // Void in browsers, but libxml2's HTML 4 parser may let `embed` & co. swallow the content
        // after them: drop the tag (and its attributes), keep what the parser put inside.
        for name in ["embed", "param", "source", "track", "keygen", "input", "link", "meta", "base"] {
            table[name] = .unwrap
        }
        return table
    }()

    /// Whether `attribute` may stay on `element`. Event handlers (`on*`) and `style` never do.
    static func allows(_ attribute: String, on element: String) -> Bool {
        if globalAttributes.contains(attribute) { return true }
        return elementAttributes[element]?.contains(attribute) ?? false
    }

    /// Attributes whose value is a URL, checked with `isSafeURL`.
    static func isURLAttribute(_ attribute: String) -> Bool {
        attribute == "href" || attribute == "src" || attribute == "cite"
    }

    private static let globalAttributes: Set<String> = ["id", "class", "title", "lang", "dir"]

    private static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "name"],
        "img": ["src", "alt", "width", "height"],
        "td": ["align", "colspan", "rowspan"],
        "th": ["align", "colspan", "rowspan", "scope"],
        "col": ["span", "align"], "colgroup": ["span", "align"],
        "tr": ["align"], "thead": ["align"], "tbody": ["align"], "tfoot": ["align"],
        "ol": ["start", "reversed", "type"], "ul": ["type"], "li": ["value"],
        "details": ["open"], "time": ["datetime"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
    ]

    /// What a URL is, for the sanitizer.
    enum URLKind {
        /// A relative URL or fragment (`/articles/x`, `other.md#y`, `#top`).
        case local
        /// `http`, `https` or scheme-relative (`//host`): kept, with `rel="noopener noreferrer"` on links.
        case external
        /// `mailto:` or `tel:`: kept.
        case contact
        /// Any other scheme (`javascript:`, `vbscript:`, `data:`, `file:` …): removed.
        case unsafe
    }

    /// Classifies a URL the way browsers read its scheme: ASCII whitespace and control
    /// characters are ignored, case does not matter, and a backslash is a slash (browsers
    /// go to `evil.example` for `/\evil.example/x`).
    static func kind(of url: String) -> URLKind {
        var scheme: [UInt8] = []
        var slashes = 0
        for byte in url.utf8 {
            if byte <= 0x20 || byte == 0x7F { continue }
            switch byte == UInt8(ascii: "\\") ? UInt8(ascii: "/") : byte {
            case UInt8(ascii: ":"):
                if scheme.isEmpty { return .local }
                switch String(decoding: scheme, as: UTF8.self) {
                case "http", "https": return .external
                case "mailto", "tel": return .contact
                default: return .unsafe
                }
            case UInt8(ascii: "/"):
                if scheme.isEmpty {
                    slashes += 1
                    if slashes == 2 { return .external }
                    continue
                }
                return .local
            case UInt8(ascii: "?"), UInt8(ascii: "#"):
                return .local
            default:
                if slashes > 0 { return .local }
                scheme.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return .local
    }

    /// Whether a URL may stay: relative URLs, fragments and `http`, `https`, `mailto`, `tel`.
    static func isSafeURL(_ value: String) -> Bool { kind(of: value) != .unsafe }

    /// The lowercased host of an external URL (`https://Host:8443/x`, `//host/x`, `\\host`), nil for others.
    static func host(of url: String) -> String? {
        guard kind(of: url) == .external else { return nil }
        var text = Substring(String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).replacingOccurrences(of: "\\", with: "/"))
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/") { text = text[text.index(after: colon)...] }
        text = text.drop { $0 == "/" }
        let authority = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPart = authority.split(separator: "@").last ?? ""
        let host = hostPart.hasPrefix("[") ? hostPart.prefix { $0 != "]" } + "]" : hostPart.prefix { $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }

    /// Ids the site's own pages use (layout, article, search, troubleshooter, home and help
    /// panel templates): exact names and prefixes. Content may not take them.
    public static let reservedIDs: Set<String> = [
        "main", "feedback", "header-q", "article-title", "toc-title", "related-title", "feedback-title",
        "feedback-comment", "feedback-warning", "error-q", "search-q", "search-category", "no-results-title",
        "diagnosis", "diagnosis-title", "values-hint", "home-title", "home-q", "topics-title", "staff-guides-title",
        "staff-q", "panel-heading", "panel-error-title", "panel-suggestions-title", "panel-results-title", "panel-q",
    ]
    public static let reservedIDPrefixes = ["ts-", "cat-", "reply-"]
    /// What content ids that would collide with the page's are prefixed with.
    public static let contentIDPrefix = "content-"

    /// An id content brings, as written into the page: ids the page uses itself (see
    /// `reservedIDs`), and ids that already start with the prefix, get `content-` in front,
    /// so no content id equals a page id. Links to them are rewritten the same way.
    public static func contentID(_ id: String) -> String {
        let lowered = id.lowercased()
        guard reservedIDs.contains(lowered) || reservedIDPrefixes.contains(where: { lowered.hasPrefix($0) }) else { return id }
        return contentIDPrefix + id
    }

    /// `#fragment` links within content, with the fragment mapped by `contentID`.
    static func contentFragmentLink(_ href: String) -> String {
        guard href.hasPrefix("#"), href.count > 1 else { return href }
        return "#" + contentID(String(href.dropFirst()))
    }
}
