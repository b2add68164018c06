import Foundation
import Testing
@testable import Markdown

// Every Markdown file of the msdocs corpus renders (once each: this runs in debug in CI).
@Suite struct CorpusTests {
    @Test func everyCorpusFileRenders() throws {
        let root = TestData.corpus
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var found = 0
        var rendered = 0
        var empty: [String] = []
        var leftovers: [String] = []
        let parser = MarkdownParser()
        let renderer = HTMLRenderer()
        for case let url as URL in enumerator where url.pathExtension == "md" {
            found += 1
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let body = FrontMatter.split(text).body
            let html = renderer.render(parser.parse(String(body)))
            if html.isEmpty && body.contains(where: { !$0.isWhitespace }) { empty.append(url.lastPathComponent) }
            rendered += 1
            if Self.hasDirectiveLeftovers(html) { leftovers.append(url.path) }
        }
        #expect(found >= 5_000)
        #expect(rendered == found)
        #expect(empty.isEmpty, "rendered to nothing: \(empty.prefix(10))")
        #expect(leftovers.isEmpty, "directive syntax left in \(leftovers.count) files: \(leftovers.prefix(10))")
    }

    /// Docs directives that reached the output as text (outside code).
    static func hasDirectiveLeftovers(_ html: String) -> Bool {
        var inCode = false
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("<pre>") { inCode = true }
            if !inCode {
                let text = line.replacingOccurrences(of: "<code>[^<]*</code>", with: "", options: .regularExpression)
                if text.contains("[!NOTE]") || text.contains("[!INCLUDE") || text.contains("[!TIP]")
                    || text.hasPrefix("<p>:::") || text.contains(":::image") {
                    return true
                }
            }
            if line.contains("</pre>") { inCode = false }
        }
        return false
    }
}
