/// Writes the nodes of an `HTMLTree` back out as HTML through `HTMLSanitizer`'s allowlist,
/// collecting the plain text and the links to other articles on the way.
struct SanitizingWriter {
    /// The sanitized HTML written so far (UTF-8).
    var html: [UInt8] = []
    /// The plain text of what was written since the caller last reset it.
    var text = PlainTextBuilder()
    /// Links to other articles, in document order.
    private(set) var links: [FoundLink] = []
    /// The text of each link to an article, where it is in `text`, since the caller last took them.
    var linkTexts: [Section.LinkText] = []
    let resolver: LinkResolver
    /// Hosts external images may come from; other external images are dropped (their alt text stays).
    let allowedImageHosts: Set<String>
    private var preformatted = 0

    /// A link to an article as found in the HTML.
    struct FoundLink {
        var resolved: LinkResolver.Resolved
        /// The href as written (before rewriting), to find its line in a Markdown source.
        var href: String
        /// libxml2's line of the `<a>` in the parsed HTML (0 when unknown).
        var htmlLine: Int
    }

    init(resolver: LinkResolver, allowedImageHosts: Set<String> = []) {
        self.resolver = resolver
        self.allowedImageHosts = allowedImageHosts
        html.reserveCapacity(4096)
    }

    /// Writes `node` and everything under it.
    mutating func write(_ node: Int, in tree: HTMLTree) {
        switch tree.nodes[node].kind {
        case .text:
            tree.text(of: node).withUnsafeBufferPointer { buffer in
                appendEscaped(buffer, quotes: false)
                if preformatted > 0 { text.appendPreformatted(buffer) } else { text.append(buffer) }
            }
        case .element:
            writeElement(node, in: tree)
        case .other:
            // Comments, CDATA (only script/style content in HTML), processing instructions: dropped.
            break
        }
    }

    mutating func writeChildren(of node: Int, in tree: HTMLTree) {
        for child in tree.children(of: node) { write(child, in: tree) }
    }

    private mutating func writeElement(_ node: Int, in tree: HTMLTree) {
        let name = tree.nodes[node].name
        let rule = Self.rules[name] ?? .unknown
        switch rule.treatment {
        case .drop:
            return
        case .unwrap:
            writeChildren(of: node, in: tree)
        case .void:
            if rule.layout == .block { text.lineBreak() }
            if name == "img", let source = tree.attribute("src", of: node), let host = HTMLSanitizer.host(of: source),
                !allowedImageHosts.contains(host)
            {
                // An image from another site would tell it who reads the article: keep only its alt text.
                if let alt = tree.attribute("alt", of: node), !alt.isEmpty {
                    var alt = alt
                    alt.withUTF8 {
                        appendEscaped($0, quotes: false)
                        text.append($0)
                    }
                }
                return
            }
            openTag(name, of: node, in: tree)
        case .keep:
            switch rule.layout {
            case .block: text.lineBreak()
            case .cell: text.space()
            case .inline: break
            }
            let linkCount = links.count
            openTag(name, of: node, in: tree)
            let textStart = text.count
            if rule.preformatted { preformatted += 1 }
            writeChildren(of: node, in: tree)
            if rule.preformatted { preformatted -= 1 }
            if name == "a", links.count > linkCount, let link = links.last, text.count > textStart {
                linkTexts.append(Section.LinkText(target: link.resolved.target, range: textStart..<text.count))
            }
            closeTag(name)
            switch rule.layout {
            case .block: text.lineBreak()
            case .cell: text.space()
            case .inline: break
            }
        }
    }

    /// Writes `<name attributes>` with the allowed attributes; `id` replaces the node's own id.
    mutating func openTag(_ name: String, of node: Int, in tree: HTMLTree, id: String? = nil) {
        html.append(UInt8(ascii: "<"))
        html.append(contentsOf: name.utf8)
        if let id { appendAttribute("id", id) }
        var external = false
        for attribute in tree.attributes(of: node) {
            let attributeName = attribute.name.lowercased()
            guard HTMLSanitizer.allows(attributeName, on: name), !(id != nil && attributeName == "id") else { continue }
            var value = tree.value(of: attribute)
            if attributeName == "id" || (attributeName == "name" && name == "a") { value = HTMLSanitizer.contentID(value) }
            if HTMLSanitizer.isURLAttribute(attributeName) {
                let kind = HTMLSanitizer.kind(of: value)
                guard kind != .unsafe else { continue }
                if name == "a" && attributeName == "href" {
                    if kind == .external {
                        external = true
                    } else if kind == .local, let resolved = resolver.resolve(value) {
                        links.append(FoundLink(resolved: resolved, href: value, htmlLine: Int(tree.nodes[node].line)))
                        value = resolved.href
                    } else if kind == .local {
                        value = HTMLSanitizer.contentFragmentLink(value)
                    }
                }
            }
            appendAttribute(attributeName, value)
        }
        if external { appendAttribute("rel", "noopener noreferrer") }
        html.append(UInt8(ascii: ">"))
    }

    mutating func closeTag(_ name: String) {
        html.append(contentsOf: "</".utf8)
        html.append(contentsOf: name.utf8)
        html.append(UInt8(ascii: ">"))
    }

    private mutating func appendAttribute(_ name: String, _ value: String) {
        html.append(UInt8(ascii: " "))
        html.append(contentsOf: name.utf8)
        html.append(contentsOf: "=\"".utf8)
        var value = value
        value.withUTF8 { appendEscaped($0, quotes: true) }
        html.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool) {
        // Runs without a character to escape are copied at once.
        var run = 0
        for index in 0..<bytes.count {
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
            default: continue
            }
            if index > run { html.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
            html.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            run = index + 1
        }
        if bytes.count > run { html.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
    }

    /// How an element is treated and laid out in plain text, looked up once per element.
    private struct Rule {
        enum Layout { case inline, block, cell }
        var treatment: HTMLSanitizer.Treatment
        var layout: Layout = .inline
        var preformatted = false

        static let unknown = Rule(treatment: .unwrap)
    }

    private static let rules: [String: Rule] = {
        /// Elements whose content starts and ends a line of plain text (`br` and `hr` break the line).
        let blocks: Set<String> = [
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "caption", "blockquote", "pre", "details", "summary",
            "figure", "figcaption", "section", "aside", "br", "hr",
        ]
        var rules: [String: Rule] = [:]
        for (name, treatment) in HTMLSanitizer.treatments {
            var rule = Rule(treatment: treatment)
            if blocks.contains(name) { rule.layout = .block }
            if name == "td" || name == "th" { rule.layout = .cell }
            rule.preformatted = name == "pre"
            rules[name] = rule
        }
        return rules
    }()
}
