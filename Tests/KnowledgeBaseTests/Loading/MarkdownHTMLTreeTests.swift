import Foundation
import Markdown
import Testing
import TestSupport

@testable import KnowledgeBase

/// Markdown without raw HTML skips libxml2: the renderer's calls build the tree libxml2 would
/// build from its HTML. Both ways must give the same tree and the same article, byte for byte.
@Suite("Markdown built into the tree without libxml2")
struct MarkdownHTMLTreeTests {
    /// Markdown that exercises every element the renderer writes and the characters libxml2 treats specially.
    static let tricky: [String] = [
        "# Title\n\nSome *emphasis*, **strong**, ~~struck~~ and `code <b> & \"quotes\"`.\n",
        "## Heading with [a link](other.md#part \"its title\") and `code`\n\nText.\n\n## Heading with [link](https://example.com/x?a=1&b=2)\n",
        "- one\n- two\n  - nested *a*\n  - nested b\n    1. deep\n    2. deeper\n- three\n\n1. loose\n\n2. list\n\n   with two paragraphs\n",
        "5. starts at five\n6. six\n\n- [ ] open task\n- [x] done task\n\n* [x] loose task\n\n* [ ] other\n",
        "| a | b | c |\n|:--|:-:|--:|\n| `x|y` | **b** | [c](c.md) |\n| 1 | 2 |\n",
        "```swift\nlet x = \"<tag>\" && y\n\n\n```\n\n    indented code\n      more\n\n~~~\nno info\n~~~\n",
        "Entities: &amp; &lt; &gt; &quot; &copy; &nbsp; &#65; &#x1F600; &bogus; AT&T 5 > 3 < 4\n",
        "![an image](images/pic.png \"a title\") and ![external *alt*](https://cdn.example.com/x.png)\n\n![](empty-alt.png)\n",
        "Autolinks: <https://example.com/a_b>, www.example.com/path, user@example.com, <mailto:me@example.com>\n",
        "> quoted *text*\n>\n> ## a heading in a quote\n>\n> - item\n\n> [!NOTE]\n> A note with **bold**.\n\n> [!WARNING]\n> ## Heading inside a callout\n> Careful.\n",
        "Line one  \nline two\\\nline three\nsoft break\n\n***\n\n---\n\nText after rules.\n",
        "# Title\n\n## Same\n\n## Same\n\n## Custom id {#main}\n\n### Über résumé — ünïcode\n\n#### `code` heading\n\n##### h5\n\n###### h6\n",
        "[ref link][r] and [another] and [missing][]\n\n[r]: articles/ref.md 'Ref title'\n[another]: #local-anchor\n",
        "Link to [javascript](javascript:alert(1)) and [data](data:text/html,x) and [rel](../up/other.md) and [frag](#top)\n",
        "Heading\n=======\n\nSub heading\n-----------\n\nText with \\*escaped\\* and \\<notatag\\>.\n",
        ":::image type=\"content\" source=\"media/x.png\" alt-text=\"The dialog, with \\\"OK\\\" <selected>\":::\n\n[!INCLUDE [x](includes/x.md)]\n",
        "Tabs\there and trailing spaces   \n\n- a\n\n  ```\n  code in list\n  ```\n- b\n\n  > quote in list\n",
        "Unicode: café 日本語 emoji 😀 and a non-breaking space between words.\n",
        "Nested **strong with *emphasis* and `code`** and *emphasis with [a link](x.md)*.\n",
        "",
        "\n\n   \n",
        "Only text with no heading.\n",
    ]

    /// Markdown the direct read leaves to libxml2 (raw HTML, characters libxml2 drops).
    static let declined: [String] = [
        "Text with <span class=\"x\">inline html</span>.\n",
        "<div>\n\n## Heading in raw HTML\n\n</div>\n",
        "A form feed \u{0C} in text.\n",
        "<!-- a comment -->\n\nText.\n",
    ]

    @Test func trickyMarkdownReadsAsLibxml2Does() throws {
        var direct = 0
        for (index, markdown) in (Self.tricky + Self.declined).enumerated() {
            let path = "tricky/case-\(index).md"
            let file = "---\ntitle: Case \(index)\n---\n" + markdown
            try Self.expectSameArticle(Array(file.utf8), path: path)
            if Self.readsDirectly(markdown) { direct += 1 }
            if Self.declined.contains(markdown) {
                #expect(!Self.readsDirectly(markdown), "expected libxml2 for case \(index)")
            }
        }
        // Every tricky case but the empty ones takes the direct read.
        #expect(direct == Self.tricky.count - 2)
    }

    @Test func trickyTreesMatchLibxml2() throws {
        for markdown in Self.tricky where Self.readsDirectly(markdown) {
            let document = MarkdownParser().parse(markdown)
            let html = HTMLRenderer().renderBytes(document)
            let direct = try #require(HTMLTree(markdown: document, reserving: 0))
            let parsedDocument = try #require(html.withUnsafeBufferPointer { HTMLDocument(bytes: $0) })
            let parsed = try #require(parsedDocument.topElement(named: "body").map(HTMLTree.init(body:)))
            #expect(Self.sameIgnoringLines(direct, parsed), "trees differ for \(markdown.debugDescription)")
        }
    }

    @Test func contentArticlesAreTheSame() throws {
        let counts = try Self.compareFolder(RepoPaths.content)
        #expect(counts.files >= 60)
        #expect(counts.direct >= counts.files / 2, "only \(counts.direct) of \(counts.files) read directly")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: RepoPaths.msdocs.path)))
    func msdocsArticlesAreTheSame() throws {
        let counts = try Self.compareFolder(RepoPaths.msdocs)
        #expect(counts.files == 5_000)
        #expect(counts.direct >= 4_000, "only \(counts.direct) of \(counts.files) read directly")
    }

    // MARK: Helpers

    /// Compares both reads of every Markdown file under `folder`.
    static func compareFolder(_ folder: URL) throws -> (files: Int, direct: Int) {
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var files = 0
        var direct = 0
        for case let url as URL in enumerator where url.pathExtension == "md" {
            let bytes = [UInt8](try Data(contentsOf: url))
            let path = String(url.path.dropFirst(folder.path.count + 1))
            try expectSameArticle(bytes, path: path)
            files += 1
            if let split = try? ArticleFrontMatter.split(bytes),
                readsDirectly(String(decoding: bytes[split.bodyStart...], as: UTF8.self))
            {
                direct += 1
            }
        }
        return (files, direct)
    }

    static func readsDirectly(_ markdown: String) -> Bool {
        HTMLTree(markdown: MarkdownParser().parse(markdown), reserving: 0) != nil
    }

    static func expectSameArticle(_ bytes: [UInt8], path: String) throws {
        let fast = ArticleFileReader(relativePath: path).read(bytes)
        var reference = ArticleFileReader(relativePath: path)
        reference.libxml2Only = true
        let slow = reference.read(bytes)
        switch (fast, slow) {
        case let (.loaded(fast), .loaded(slow)):
            #expect(fast.article == slow.article, "\(path): articles differ")
            if fast.article != slow.article {
                #expect(fast.article.html == slow.article.html, "\(path)")
                #expect(fast.article.sections == slow.article.sections, "\(path)")
                #expect(fast.article.links == slow.article.links, "\(path)")
            }
            #expect(fast.lines == slow.lines, "\(path)")
            #expect(fast.warnings == slow.warnings, "\(path)")
            #expect(fast.hasPathLinks == slow.hasPathLinks, "\(path)")
        case let (.skipped(fast), .skipped(slow)):
            #expect(fast == slow, "\(path)")
        default:
            Issue.record("\(path): one read loaded the file and the other skipped it")
        }
    }

    /// Trees equal but for libxml2's line numbers, which the direct read does not keep.
    static func sameIgnoringLines(_ a: HTMLTree, _ b: HTMLTree) -> Bool {
        guard a.nodes.count == b.nodes.count else { return false }
        for index in a.nodes.indices {
            let (x, y) = (a.nodes[index], b.nodes[index])
            guard x.kind == y.kind, x.name == y.name, x.firstChild == y.firstChild, x.next == y.next else { return false }
            if x.kind == .text, a.text(of: index) != b.text(of: index) { return false }
            let left = a.attributes(of: index).map { ($0.name, a.value(of: $0)) }
            let right = b.attributes(of: index).map { ($0.name, b.value(of: $0)) }
            guard left.elementsEqual(right, by: ==) else { return false }
        }
        return true
    }
}
