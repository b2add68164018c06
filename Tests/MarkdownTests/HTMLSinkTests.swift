import Testing
@testable import Markdown

/// `HTMLRenderer.render(_:into:)` gives a sink the HTML as calls: text and attribute values
/// unescaped (URLs percent-encoded), elements in document order, each start tag closed.
@Suite struct HTMLSinkTests {
    /// Writes the calls as a readable trace.
    struct TraceSink: HTMLSink {
        var trace: [String] = []
        var value = ""

        mutating func openStartTag(_ tag: HTMLTag) { trace.append("<\(tag.name)") }
        mutating func openAttribute(_ attribute: HTMLAttribute) { value = attribute.name + "=" }
        mutating func attributeValue(_ value: UnsafeBufferPointer<UInt8>) { self.value += String(decoding: value, as: UTF8.self) }
        mutating func closeAttribute() { trace.append(value) }
        mutating func closeStartTag(selfClosing: Bool) { trace.append(selfClosing ? "/>" : ">") }
        mutating func endTag(_ tag: HTMLTag) { trace.append("</\(tag.name)>") }
        mutating func text(_ text: UnsafeBufferPointer<UInt8>) { trace.append("text " + String(decoding: text, as: UTF8.self)) }
        mutating func newLine() { trace.append("newline") }
        mutating func rawHTML(_ html: UnsafeBufferPointer<UInt8>) { trace.append("raw " + String(decoding: html, as: UTF8.self)) }
    }

    @Test func textAndValuesArriveUnescaped() {
        let document = MarkdownParser().parse("# A & B\n\nSee [x < y](<a b?q=1&r='2'> \"T & \\\"U\\\"\") ![*alt* text](p.png).\n")
        let trace = HTMLRenderer().render(document, into: TraceSink()).trace
        #expect(trace.contains("id=a-b"))
        #expect(trace.contains("text A & B"))
        #expect(trace.contains("text x < y"))
        #expect(trace.contains("href=a%20b?q=1&r='2'"))
        #expect(trace.contains("title=T & \"U\""))
        #expect(trace.contains("alt=alt text"))
        #expect(!trace.contains { $0.contains("&amp;") || $0.contains("&lt;") || $0.contains("&quot;") })
    }

    @Test func everyStartTagIsClosedAndEveryElementEnds() {
        let markdown = "> [!NOTE]\n> Hi\n\n- [x] done\n\n| a |\n|:-:|\n| b |\n\n```js\ncode\n```\n\n***\n\nline  \nbreak\n"
        let trace = HTMLRenderer().render(MarkdownParser().parse(markdown), into: TraceSink()).trace
        var open: [String] = []
        var inStartTag: String?
        for call in trace {
            if call.hasPrefix("<") && !call.hasPrefix("</") {
                #expect(inStartTag == nil, "a start tag inside \(inStartTag ?? "")")
                inStartTag = String(call.dropFirst())
            } else if call == ">" || call == "/>" {
                let name = inStartTag ?? ""
                if !["br", "hr", "img", "input"].contains(name) { open.append(name) }
                inStartTag = nil
            } else if call.hasPrefix("</") {
                #expect(open.popLast() == String(call.dropFirst(2).dropLast()))
            }
        }
        #expect(open.isEmpty && inStartTag == nil)
        #expect(trace.contains("class=callout callout-note") && trace.contains("align=center") && trace.contains("class=language-js"))
    }

    @Test func theByteSinkWritesWhatRenderWrites() {
        let document = MarkdownParser().parse("Text & <b>raw</b> with [l](u'v) and `c`.\n")
        let bytes = HTMLRenderer().render(document, into: HTMLByteSink(reservingCapacity: 0)).out
        #expect(String(decoding: bytes, as: UTF8.self) == HTMLRenderer().render(document))
        #expect(HTMLRenderer().render(document) == "<p>Text &amp; <b>raw</b> with <a href=\"u&#x27;v\">l</a> and <code>c</code>.</p>\n")
    }
}
