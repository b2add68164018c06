import CLibXML2

/// Writes libxml2 nodes back out as HTML through `HTMLSanitizer`'s allowlist,
/// collecting the plain text and the links to other articles on the way.
struct SanitizingWriter {
    /// The sanitized HTML written so far (UTF-8).
    var html: [UInt8] = []
    /// The plain text of what was written since the caller last reset it.
    var text = PlainTextBuilder()
    /// Links to other articles, in document order.
    private(set) var links: [FoundLink] = []
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
    mutating func write(_ node: xmlNodePtr) {
        let type = node.pointee.type
        if type == XML_TEXT_NODE {
            guard let content = node.pointee.content else { return }
            let buffer = UnsafeBufferPointer(start: content, count: strlen(content))
            appendEscaped(buffer, quotes: false)
            if preformatted > 0 { text.appendPreformatted(buffer) } else { text.append(buffer) }
        } else if type == XML_ELEMENT_NODE {
            writeElement(node)
        }
        // Comments, CDATA (only script/style content in HTML), processing instructions: dropped.
    }

    mutating func writeChildren(of node: xmlNodePtr) {
        var child = node.pointee.children
        while let current = child {
            write(current)
            child = current.pointee.next
        }
    }

    private mutating func writeElement(_ node: xmlNodePtr) {
        let name = DOM.name(of: node)
        let rule = Self.rules[name] ?? .unknown
        switch rule.treatment {
        case .drop:
            return
        case .unwrap:
            writeChildren(of: node)
        case .void:
            if rule.layout == .block { text.lineBreak() }
            if name == "img", let source = DOM.attribute("src", of: node), let host = HTMLSanitizer.host(of: source),
                !allowedImageHosts.contains(host)
            {
                // An image from another site would tell it who reads the article: keep only its alt text.
                if let alt = DOM.attribute("alt", of: node), !alt.isEmpty {
                    var alt = alt
                    alt.withUTF8 {
                        appendEscaped($0, quotes: false)
                        text.append($0)
                    }
                }
                return
            }
            openTag(name, of: node)
        case .keep:
            switch rule.layout {
            case .block: text.lineBreak()
            case .cell: text.space()
            case .inline: break
            }
            openTag(name, of: node)
            if rule.preformatted { preformatted += 1 }
            writeChildren(of: node)
            if rule.preformatted { preformatted -= 1 }
            closeTag(name)
            switch rule.layout {
            case .block: text.lineBreak()
            case .cell: text.space()
            case .inline: break
            }
        }
    }

    /// Writes `<name attributes>` with the allowed attributes; `id` replaces the node's own id.
    mutating func openTag(_ name: String, of node: xmlNodePtr, id: String? = nil) {
        html.append(UInt8(ascii: "<"))
        html.append(contentsOf: name.utf8)
        if let id { appendAttribute("id", id) }
        var external = false
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let attributeName = String(cString: rawName).lowercased()
            guard HTMLSanitizer.allows(attributeName, on: name), !(id != nil && attributeName == "id") else { continue }
            var value = DOM.value(of: current)
            if attributeName == "id" || (attributeName == "name" && name == "a") { value = HTMLSanitizer.contentID(value) }
            if HTMLSanitizer.isURLAttribute(attributeName) {
                let kind = HTMLSanitizer.kind(of: value)
                guard kind != .unsafe else { continue }
                if name == "a" && attributeName == "href" {
                    if kind == .external {
                        external = true
                    } else if kind == .local, let resolved = resolver.resolve(value) {
                        links.append(FoundLink(resolved: resolved, href: value, htmlLine: DOM.line(of: node)))
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
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): html.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): html.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): html.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: html.append(contentsOf: "&quot;".utf8)
            default: html.append(byte)
            }
        }
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
