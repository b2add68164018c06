import Markdown

/// The body of an article read from its parsed HTML: title heading, sections split at
/// headings, links to other articles, and the sanitized HTML of the whole body.
struct ArticleBody {
    /// The text of the leading `h1` taken as the title (and left out of sections and HTML).
    var titleHeading: String?
    var sections: [Section]
    var links: [SanitizingWriter.FoundLink]
    var html: String
}

/// Splits a parsed body into sections at headings (`h1` other than the title, `h2`-`h6`),
/// descending into wrappers (`div`, `section`, `article`, …) that hold headings.
struct ArticleBodyReader {
    private var writer: SanitizingWriter
    /// The title the front matter gives, if any: a leading `h1` with the same text is dropped.
    private let knownTitle: String?
    private var titleHeading: String?
    private var sawHeading = false
    private var sections: [Section] = []
    private var anchors = AnchorRegistry()
    private var heading = ""
    private var level = 0
    private var anchor = ""
    private var sectionStart = 0
    /// Collects a heading's text while the body text waits.
    private var headingText = PlainTextBuilder()

    init(resolver: LinkResolver, knownTitle: String?, allowedImageHosts: Set<String> = []) {
        writer = SanitizingWriter(resolver: resolver, allowedImageHosts: allowedImageHosts)
        self.knownTitle = knownTitle.map(Self.collapsed)
    }

    /// Reads the body of `tree` (`nil`: an empty body).
    mutating func read(_ tree: HTMLTree?) -> ArticleBody {
        if let tree { readChildren(of: HTMLTree.body, in: tree) }
        finishSection()
        return ArticleBody(
            titleHeading: titleHeading, sections: sections, links: writer.links,
            html: Self.trimmed(writer.html[...]))
    }

    private mutating func readChildren(of parent: Int, in tree: HTMLTree) {
        for node in tree.children(of: parent) {
            if tree.nodes[node].kind == .element {
                let name = tree.nodes[node].name
                if let level = Self.headingLevel(name) {
                    readHeading(node, in: tree, name: name, level: level)
                    continue
                }
                if Self.isWrapper(name), Self.containsHeading(node, in: tree) {
                    readChildren(of: node, in: tree)
                    continue
                }
            }
            writer.write(node, in: tree)
        }
    }

    private mutating func readHeading(_ node: Int, in tree: HTMLTree, name: String, level: Int) {
        let mark = writer.html.count
        let linkMark = writer.linkTexts.count
        swap(&writer.text, &headingText)
        writer.writeChildren(of: node, in: tree)
        let text = writer.text.finished()
        swap(&writer.text, &headingText)
        // A link in a heading is part of the heading, not of the section's text.
        writer.linkTexts.removeSubrange(linkMark...)
        headingText.reset()
        let inner = writer.html[mark...]
        writer.html.removeSubrange(mark...)

        if level == 1, !sawHeading, !text.isEmpty, knownTitle == nil || knownTitle == text || knownTitle == Self.collapsed(text) {
            sawHeading = true
            titleHeading = text
            return
        }
        sawHeading = true
        finishSection()
        let id = tree.attribute("id", of: node)?.trimmingWhitespace() ?? ""
        if id.isEmpty {
            anchor = anchors.unique(HTMLSanitizer.contentID(Slug.make(String(text))))
        } else {
            anchor = HTMLSanitizer.contentID(id)
            anchors.reserve(anchor)
        }
        heading = text
        self.level = level
        writer.openTag(name, of: node, in: tree, id: anchor)
        writer.html.append(contentsOf: inner)
        writer.closeTag(name)
        writer.html.append(UInt8(ascii: "\n"))
        sectionStart = writer.html.count
    }

    private mutating func finishSection() {
        let text = writer.text.finished()
        let html = Self.trimmed(writer.html[sectionStart...])
        writer.text.reset()
        // The text ends trimmed: a link at its end ends there too.
        let end = text.utf8.count
        let linkTexts = writer.linkTexts.compactMap { link in
            link.range.lowerBound < end ? Section.LinkText(target: link.target, range: link.range.lowerBound..<min(link.range.upperBound, end)) : nil
        }
        writer.linkTexts.removeAll(keepingCapacity: true)
        if level == 0 && text.isEmpty && html.isEmpty { return }
        sections.append(Section(heading: heading, level: level, anchor: anchor, text: text, html: html, linkTexts: linkTexts))
    }

    private static func headingLevel(_ name: String) -> Int? {
        let utf8 = name.utf8
        guard utf8.count == 2, utf8.first == UInt8(ascii: "h"), let digit = utf8.last,
            digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "6")
        else { return nil }
        return Int(digit - UInt8(ascii: "0"))
    }

    /// Containers whose headings still split the article into sections.
    private static func isWrapper(_ name: String) -> Bool {
        switch HTMLSanitizer.treatment(of: name) {
        case .drop, .void: return false
        case .unwrap: return true
        case .keep: return ["div", "section", "article", "aside", "main", "header", "footer"].contains(name)
        }
    }

    private static func containsHeading(_ node: Int, in tree: HTMLTree) -> Bool {
        for child in tree.children(of: node) where tree.nodes[child].kind == .element {
            let name = tree.nodes[child].name
            if headingLevel(name) != nil { return true }
            if HTMLSanitizer.treatment(of: name) != .drop, containsHeading(child, in: tree) { return true }
        }
        return false
    }

    /// `text` with runs of whitespace as one space, trimmed.
    private static func collapsed(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x0A || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x0A || last == 0x09 { slice.removeLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
