import Testing
@testable import Markdown

@Suite struct ConformanceTests {
    // Spec examples this parser does not yet render as the spec says. Must not grow.
    static let knownCommonMarkFailures: Set<Int> = []
    static let knownGFMFailures: Set<Int> = []

    static func render(_ markdown: String, _ options: MarkdownOptions) -> String {
        HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(markdown))
    }

    /// A blank line in a list item gives up the item's indentation only (cmark's
    /// `parse_item_continuation`): in a fenced code block the spaces beyond it are code. The
    /// spec has no example of it; cmark-gfm renders msdocs' ten such files this way.
    @Test func aBlankLineInAListItemKeepsTheSpacesBeyondItsIndentation() {
        #expect(Self.render("- item\n\n  ```\n  a\n     \n  b\n  ```\n", .commonMark)
            == "<ul>\n<li>\n<p>item</p>\n<pre><code>a\n   \nb\n</code></pre>\n</li>\n</ul>\n")
        // Shorter than the indentation: the blank line continues the item and is empty.
        #expect(Self.render("- item\n\n      code\n \n      more\n", .commonMark)
            == "<ul>\n<li>\n<p>item</p>\n<pre><code>code\n\nmore\n</code></pre>\n</li>\n</ul>\n")
        // A list item may begin with at most one blank line (spec example 280).
        #expect(Self.render("-\n\n  foo\n", .commonMark) == "<ul>\n<li></li>\n</ul>\n<p>foo</p>\n")
    }

    /// cmark-gfm makes no URL or `www.` autolink while a `[` is open (it might be a link's
    /// text); e-mail addresses still link, and a bracket closed without a link closes it.
    /// Outputs as cmark-gfm 0.29.0.gfm.6 gives them.
    @Test func noURLAutolinkInsideAnOpenBracket() {
        func gfm(_ markdown: String) -> String { Self.render(markdown + "\n", .gfm) }
        #expect(gfm("[!VIDEO https://example.com/v]") == "<p>[!VIDEO https://example.com/v]</p>\n")
        #expect(gfm("[see https://example.com and www.example.com") == "<p>[see https://example.com and www.example.com</p>\n")
        #expect(gfm("![alt https://example.com/p.png") == "<p>![alt https://example.com/p.png</p>\n")
        #expect(gfm("[x] https://example.com") == "<p>[x] <a href=\"https://example.com\">https://example.com</a></p>\n")
        #expect(gfm("x [y](z) [w www.example.com") == "<p>x <a href=\"z\">y</a> [w www.example.com</p>\n")
        #expect(gfm("[ok me@example.com") == "<p>[ok <a href=\"mailto:me@example.com\">me@example.com</a></p>\n")
    }

    @Test func commonMarkSpec() throws {
        let examples = try TestData.examples("spec.json")
        #expect(examples.count == 655)
        var failures: [Int] = []
        var exact = 0
        for example in examples {
            let actual = Self.render(example.markdown, .commonMark)
            if actual == example.html { exact += 1 }
            if HTMLNormalizer.normalize(actual) != HTMLNormalizer.normalize(example.html) {
                failures.append(example.example)
                if !Self.knownCommonMarkFailures.contains(example.example) {
                    Issue.record("example \(example.example) (\(example.section))\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- actual\n\(actual)")
                }
            }
        }
        let passed = examples.count - failures.count
        print("CommonMark spec: \(passed)/\(examples.count) pass (\(exact) byte-identical); failing: \(failures)")
        #expect(Double(passed) / Double(examples.count) >= 0.98)
        let fixed = Self.knownCommonMarkFailures.subtracting(failures)
        #expect(fixed.isEmpty, "known failures now pass, remove them from the list: \(fixed.sorted())")
    }

    @Test func gfmExtensions() throws {
        let examples = try TestData.examples("gfm-extensions.json")
        #expect(examples.count == 24)
        var failures: [Int] = []
        for example in examples {
            let actual = Self.render(example.markdown, .gfm)
            if HTMLNormalizer.normalize(actual) != HTMLNormalizer.normalize(example.html) {
                failures.append(example.example)
                if !Self.knownGFMFailures.contains(example.example) {
                    Issue.record("example \(example.example) (\(example.section))\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- actual\n\(actual)")
                }
            }
        }
        print("GFM extensions: \(examples.count - failures.count)/\(examples.count) pass; failing: \(failures)")
        let fixed = Self.knownGFMFailures.subtracting(failures)
        #expect(fixed.isEmpty, "known failures now pass, remove them from the list: \(fixed.sorted())")
    }

    // Examples marked `disabled` (task lists) stay plain text when the extension is off.
    @Test func disabledExtensionsStayText() throws {
        let examples = try TestData.examples("gfm-extensions.json").filter { $0.extension == "disabled" }
        #expect(!examples.isEmpty)
        for example in examples {
            let html = Self.render(example.markdown, .commonMark)
            #expect(!html.contains("<input"), "\(example.example)")
            #expect(html.contains("[ ]") || html.contains("[x]"), "\(example.example)")
        }
    }
}
