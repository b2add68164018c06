import Foundation
import Testing
@testable import Markdown

// Inputs that make naive Markdown parsers quadratic or crash (after cmark's pathological_tests.py).
// Each is rendered at size n and 10n: linear time means about 10x; the bound is 40x (quadratic would be 100x)
// (with a 20 ms floor for tiny timings; the suite runs serially to keep timings clean), plus an absolute cap far above normal.
@Suite(.serialized) struct PathologicalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let n: Int
        let make: @Sendable (Int) -> String
        // Something the output must contain at size n.
        let check: @Sendable (Int, String) -> Bool
        var testDescription: String { name }
    }

    static func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

    static let cases: [Case] = [
        Case(name: "nested strong emphasis", n: 5_000,
             make: { repeated("*a **a ", $0) + "b" + repeated(" a** a*", $0) },
             check: { n, html in html.occurrences(of: "<strong>") == n }),
        Case(name: "emphasis closers without openers", n: 5_000, make: { repeated("a_ ", $0) },
             check: { _, html in !html.contains("<em>") }),
        Case(name: "emphasis openers without closers", n: 5_000, make: { repeated("_a ", $0) },
             check: { _, html in !html.contains("<em>") }),
        Case(name: "mismatched openers and closers", n: 5_000, make: { repeated("*a_ ", $0) },
             check: { _, html in html.hasPrefix("<p>") }),
        Case(name: "openers and closers multiple of 3", n: 20_000, make: { "a**b" + repeated("c* ", $0) },
             check: { _, html in html.hasPrefix("<p>") }),
        Case(name: "link closers without openers", n: 20_000, make: { repeated("a]", $0) },
             check: { _, html in !html.contains("<a") }),
        Case(name: "link openers without closers", n: 5_000, make: { repeated("[a", $0) },
             check: { _, html in !html.contains("<a") }),
        Case(name: "link openers and emphasis closers", n: 5_000, make: { repeated("[ a_", $0) },
             check: { _, html in !html.contains("<a") }),
        Case(name: "[ (]( repeated", n: 5_000, make: { repeated("[ (](", $0) },
             check: { _, html in html.hasPrefix("<p>") }),
        Case(name: "nested brackets", n: 20_000, make: { repeated("[", $0) + "a" + repeated("]", $0) },
             check: { _, html in html.contains("a") }),
        Case(name: "nested images", n: 5_000, make: { repeated("![", $0) + "a" + repeated("](b)", $0) },
             check: { _, html in html.contains("<img") }),
        Case(name: "nested block quotes", n: 1_000, make: { repeated("> ", $0 * 10) + "a" },
             check: { n, html in html.occurrences(of: "<blockquote>") == n * 10 }),
        Case(name: "nested lists", n: 1_000, make: { repeated("- ", $0 * 10) + "a" },
             check: { n, html in html.occurrences(of: "<ul>") == n * 10 }),
        Case(name: "nested ordered lists and quotes", n: 1_000, make: { repeated("1. > ", $0 * 5) + "a" },
             check: { _, html in html.contains("<ol>") }),
        Case(name: "unclosed links A", n: 5_000, make: { repeated("[a](<b", $0) },
             check: { _, html in !html.contains("<a ") }),
        Case(name: "unclosed links B", n: 5_000, make: { repeated("[a](b", $0) },
             check: { _, html in !html.contains("<a ") }),
        Case(name: "unclosed links C", n: 5_000, make: { repeated("[a](b \"t", $0) },
             check: { _, html in !html.contains("<a ") }),
        Case(name: "unclosed code spans", n: 100_000,
             make: { n in (1...Int((Double(n) * 2).squareRoot())).map { "e" + String(repeating: "`", count: $0) }.joined() },
             check: { _, html in !html.contains("<code>") }),
        Case(name: "backtick runs", n: 20_000, make: { repeated("`a``", $0) },
             check: { _, html in html.contains("<code>") }),
        Case(name: "unclosed comments", n: 5_000, make: { "</" + repeated("<!--", $0) },
             check: { _, html in html.contains("&lt;!--") }),
        Case(name: "unclosed processing instructions", n: 20_000, make: { "a" + repeated("<?", $0) },
             check: { _, html in html.contains("&lt;?") }),
        Case(name: "unclosed CDATA", n: 5_000, make: { "a" + repeated("<![CDATA[", $0) },
             check: { _, html in html.contains("&lt;![CDATA[") }),
        Case(name: "unclosed declarations", n: 20_000, make: { "a" + repeated("<!A", $0) },
             check: { _, html in html.contains("&lt;!A") }),
        Case(name: "unclosed attribute values", n: 5_000, make: { "a" + repeated("<a href=\"", $0) },
             check: { _, html in html.contains("&lt;a") }),
        Case(name: "runs of <", n: 40_000, make: { repeated("<", $0) + "a" },
             check: { _, html in html.contains("&lt;&lt;") }),
        Case(name: "runs of &", n: 10_000, make: { repeated("&", $0) + repeated("&#", $0) + repeated("&a", $0) },
             check: { _, html in html.contains("&amp;&amp;") }),
        Case(name: "entities", n: 5_000, make: { repeated("&amp;&#x41;&copy;", $0) },
             check: { _, html in html.contains("&amp;A©") }),
        Case(name: "NUL bytes", n: 5_000, make: { repeated("abc\u{0}de\u{0}", $0) },
             check: { _, html in html.contains("\u{FFFD}") }),
        Case(name: "many link reference definitions", n: 5_000,
             make: { n in (0..<n).map { "[l\($0)]: /u\($0)\n" }.joined() + "\n" + (0..<n).map { "[l\($0)] " }.joined() },
             check: { n, html in html.occurrences(of: "<a href") == n }),
        Case(name: "repeated definitions of one label", n: 20_000, make: { repeated("[a]: /u\n", $0) + "\n[a]" },
             check: { _, html in html.contains("<a href=\"/u\">a</a>") }),
        Case(name: "thematic-break-like list items", n: 2_000, make: { repeated("* ", $0 * 5) + "a" },
             check: { _, html in html.contains("<li>a</li>") }),
        Case(name: "table with wide header and short rows", n: 200,
             make: { n in "|" + repeated("a|", n) + "\n|" + repeated("-|", n) + "\n" + repeated("x\n", n * 5) },
             check: { _, html in html.contains("<table>") || html.hasPrefix("<p>|a|a|") }),
        Case(name: "extended autolink candidates", n: 5_000, make: { repeated("a@b@ www.x_ http:// (www.", $0) },
             check: { _, html in html.hasPrefix("<p>") }),
    ]

    static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<3 {
            let d = clock.measure(body)
            best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }
        return best
    }

    static func render(_ s: String, _ options: MarkdownOptions) -> String {
        HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(s))
    }

    @Test(arguments: cases)
    func linearTime(_ c: Case) throws {
        let small = c.make(c.n)
        let large = c.make(c.n * 10)
        for options in [MarkdownOptions.commonMark, .helpContent] {
            let html = Self.render(small, options)
            #expect(c.check(c.n, html), "unexpected output for \(c.name): \(html.prefix(300))")
        }
        let smallTime = Self.seconds { _ = Self.render(small, .helpContent) }
        let largeTime = Self.seconds { _ = Self.render(large, .helpContent) }
        print(String(format: "pathological %@: n=%d %.4fs, n=%d %.4fs, ratio %.1f",
                     c.name, c.n, smallTime, c.n * 10, largeTime, largeTime / max(smallTime, 1e-9)))
        #expect(largeTime < 40 * max(smallTime, 0.02),
                "\(c.name): n=\(c.n): \(smallTime)s, n=\(c.n * 10): \(largeTime)s")
        #expect(largeTime < 10, "\(c.name): \(largeTime)s for \(large.utf8.count) bytes")
    }

    // 10,000-deep nesting renders without exhausting the stack (everything is iterative).
    @Test func deepNestingDoesNotOverflow() {
        let quotes = Self.render(Self.repeated(">", 50_000) + " a\n", .helpContent)
        #expect(quotes.occurrences(of: "<blockquote>") == 50_000)
        let lists = Self.render(Self.repeated("* ", 20_000) + "a\n", .helpContent)
        #expect(lists.occurrences(of: "<li>") == 20_000)
        let emphasis = Self.render(Self.repeated("*", 50_000) + "a" + Self.repeated("*", 50_000), .commonMark)
        #expect(emphasis.contains("<strong>"))
        let links = Self.render(Self.repeated("[", 50_000) + "a" + Self.repeated("](b)", 50_000), .commonMark)
        #expect(links.contains("<a href=\"b\">a</a>"))
    }
}
