import Foundation
import Testing

@testable import KnowledgeBase

@Suite("Hostile HTML is sanitized")
struct HTMLSanitizerTests {
    let articles: [ArticleID: Article]

    init() throws {
        let result = try ContentLoader(directory: LoadingFixtures.folder("Hostile")).load()
        articles = Dictionary(uniqueKeysWithValues: result.articles.map { ($0.id, $0) })
    }

    static let forbidden = [
        "<script", "alert(", "onclick", "onerror", "onload", "onmouseover", "style=", "display: none",
        "javascript:", "vbscript:", "data:", "<iframe", "<form", "<input", "<button", "<textarea", "<select",
        "<option", "<object", "<embed", "<svg", "<math", "<link", "<meta", "<base", "<noscript", "<!--",
        "<font", "target=", "evil.example", "tracker.gif", "1234", "typed text", "Send PIN",
    ]

    @Test func hostileHTMLKeepsNothingDangerous() throws {
        let article = try #require(articles["hostile"])
        for needle in Self.forbidden {
            #expect(!article.html.localizedCaseInsensitiveContains(needle), "body HTML contains \(needle)")
            for section in article.sections {
                #expect(!section.html.localizedCaseInsensitiveContains(needle), "section HTML contains \(needle)")
                #expect(!section.text.contains("alert("))
            }
        }
    }

    @Test func hostileHTMLKeepsTheContent() throws {
        let article = try #require(articles["hostile"])
        let html = article.html
        #expect(html.contains(#"<a href="https://example.com/help" rel="noopener noreferrer">external</a>"#))
        #expect(html.contains(#"<a href="/articles/other-article">internal</a>"#))
        #expect(html.contains("<a>js1</a>") && html.contains("<a>js3</a>") && html.contains("<a>datalink</a>"))
        #expect(html.contains(#"<img src="photo.png" alt="pic">"#))
        #expect(html.contains(#"<img alt="inline">"#))
        #expect(html.contains(#"<div class="callout note"><p>Kept callout</p></div>"#))
        #expect(html.contains("<blockquote>A quote</blockquote>"))
        #expect(html.contains(#"<td align="right">cell</td>"#))
        #expect(html.contains("Text with &lt;script&gt; shown as text, <b>bold</b> and old font."))
        #expect(html.contains("<details open=\"\"><summary>More</summary><p>Hidden detail</p></details>"))
        #expect(article.sections.first?.text.contains("Hidden detail") == true)
        #expect(article.links == [InternalLink(target: "other-article", line: 9)])
    }

    /// Markdown may escape raw `<script>` as text (GFM's tag filter); no live tag or attribute may survive.
    @Test func rawHTMLInMarkdownIsSanitizedToo() throws {
        let article = try #require(articles["hostile-markdown"])
        for needle in ["<script", "<iframe", "onclick", "onerror", "javascript:", "vbscript:"] {
            #expect(!article.html.localizedCaseInsensitiveContains(needle), "contains \(needle)")
        }
        #expect(article.html.contains("<a>here</a>") && article.html.contains("<a>there</a>"))
        #expect(article.html.contains(#"<img src="x.png" alt="raw image">"#))
        #expect(article.html.contains("<strong>text</strong>"))
    }

    @Test(arguments: [
        ("javascript:alert(1)", false), (" JaVaScRiPt:alert(1)", false), ("java\tscript:alert(1)", false),
        ("java\nscript:x", false), ("\u{1}javascript:x", false), ("vbscript:x", false),
        ("data:image/png;base64,AAAA", false), ("file:///etc/passwd", false),
        ("https://example.com", true), ("http://example.com", true), ("mailto:help@example.com", true),
        ("tel:+15555550100", true), ("/articles/reset-password", true), ("other.md#x", true), ("#top", true),
        ("a/b:c", true),
    ])
    func urlSchemes(url: String, safe: Bool) {
        #expect(HTMLSanitizer.isSafeURL(url) == safe)
    }
}
