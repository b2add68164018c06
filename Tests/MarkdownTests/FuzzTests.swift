import Testing
import TestSupport
@testable import Markdown

// Random and mutated inputs: rendering never crashes, and the HTML the renderer itself
// writes (no raw HTML in the input) has balanced tags.
@Suite struct FuzzTests {
    static let pieces: [String] = [
        "*", "**", "_", "__", "~", "~~", "`", "```", "~~~", "[", "]", "(", ")", "![", "<", ">", "&", "&amp;", "&#",
        "#", "## ", "-", "- ", "+ ", "1. ", "2) ", "|", "| --- |", ":-:", "\\", "!", "\"", "'", "=", "===", "---",
        " ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "a", "b", "foo", "é", "🙂", "\u{A0}", "\u{0}", "www.", "http://",
        "@", ".", "x.com", "[!NOTE]", "> [!TIP]\n", ":::", ":::image alt-text=\"A\":::", "[!INCLUDE [a](b)]",
        "{#id}", "[x]: /u", "[ ] ", "[x] ", "<div>", "</div>", "<!--", "-->", "<a href=\"", "<?", "]]>",
    ]

    static func randomInput(_ rng: inout SeededGenerator, allowHTML: Bool) -> String {
        var s = ""
        let count = Int.random(in: 0...60, using: &rng)
        for _ in 0..<count {
            let piece = pieces.randomElement(using: &rng) ?? ""
            if !allowHTML && (piece.contains("<") || piece.contains("&")) { continue }
            s += piece
        }
        return s
    }

    static func mutate(_ text: String, _ rng: inout SeededGenerator) -> String {
        var chars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let position = chars.isEmpty ? 0 : Int.random(in: 0..<chars.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                let piece = pieces.randomElement(using: &rng) ?? ""
                chars.insert(contentsOf: piece.unicodeScalars, at: position)
            case 1:
                if !chars.isEmpty { chars.remove(at: position) }
            case 2:
                if !chars.isEmpty {
                    let end = min(chars.count, position + Int.random(in: 1...20, using: &rng))
                    chars.insert(contentsOf: chars[position..<end], at: position)
                }
            default:
                if chars.count > 1 { chars.swapAt(position, Int.random(in: 0..<chars.count, using: &rng)) }
            }
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: chars)
        return String(s)
    }

    static let voidTags: Set<String> = ["br", "hr", "img", "input"]

    // Whether every tag the renderer wrote is closed in order.
    static func tagsBalanced(_ html: String) -> Bool {
        var stack: [String] = []
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            let closing = j < bytes.count && bytes[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            var name: [UInt8] = []
            while j < bytes.count && (isASCIIAlphanumeric(bytes[j])) { name.append(bytes[j]); j += 1 }
            let tag = String(decoding: name, as: UTF8.self)
            if tag.isEmpty { i += 1; continue }
            if closing {
                guard stack.popLast() == tag else { return false }
            } else if !voidTags.contains(tag) {
                stack.append(tag)
            }
            i = j
        }
        return stack.isEmpty
    }

    static let presets: [MarkdownOptions] = [.commonMark, .gfm, .helpContent]

    @Test func randomInputsRenderWithBalancedTags() {
        var rng = SeededGenerator(state: 20_261_126)
        for k in 0..<3_000 {
            let input = Self.randomInput(&rng, allowHTML: false)
            let options = Self.presets[k % 3]
            let html = HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(input))
            #expect(Self.tagsBalanced(html), "unbalanced tags for input \(input.debugDescription):\n\(html)")
        }
    }

    @Test func randomInputsWithHTMLRender() {
        var rng = SeededGenerator(state: 7)
        for k in 0..<2_000 {
            let input = Self.randomInput(&rng, allowHTML: true)
            let options = Self.presets[k % 3]
            let html = HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(input))
            #expect(html.utf8.count <= input.utf8.count * 40 + 200, "output blew up for \(input.debugDescription)")
        }
    }

    @Test func mutatedSpecExamplesRender() throws {
        let examples = try TestData.examples("spec.json") + TestData.examples("gfm-extensions.json")
        var rng = SeededGenerator(state: 42)
        var balancedChecked = 0
        for k in 0..<3_000 {
            let example = examples[k % examples.count]
            let input = Self.mutate(example.markdown, &rng)
            let options = Self.presets[k % 3]
            let html = HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(input))
            if !input.contains("<") && !input.contains("&") {
                balancedChecked += 1
                #expect(Self.tagsBalanced(html), "unbalanced tags for input \(input.debugDescription):\n\(html)")
            }
        }
        #expect(balancedChecked > 300)
    }
}
