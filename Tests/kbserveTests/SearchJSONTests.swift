import Foundation
import KnowledgeBase
import NIOCore
import Testing
import TestSupport
@testable import kbserve

/// The search response that `JSONWriter` writes reads back exactly as `JSONEncoder`'s
/// encoding of the same value: for real searches (snippets with marks, quotes, ellipses),
/// with and without a suggestion, and for text that needs every kind of escape.
@Suite struct SearchJSONTests {
    static func object(_ data: Data) throws -> NSObject {
        try #require(JSONSerialization.jsonObject(with: data) as? NSObject)
    }

    static func written(_ value: some JSONWritable) throws -> NSObject {
        var buffer = JSONWriter.encode(value)
        return try object(Data(buffer.readBytes(length: buffer.readableBytes) ?? []))
    }

    @Test(arguments: ["pin", "pin wont work", "\"date of birth\" incorrect", "pasword resett", "zzzz qqqq", "PIN 1234 <b>"])
    func realSearchesMatchTheEncoder(_ query: String) throws {
        let knowledgeBase = try ContentFixture.knowledgeBase()
        let results = SearchAPIController.results(knowledgeBase.search(SearchRequest(query: query, limit: 10)), searchID: SearchID())
        let expected = try Self.object(JSONEncoder().encode(results))
        #expect(try Self.written(results) == expected)
    }

    @Test func escapesEveryKind() throws {
        let text = "quote \" backslash \\ slash / newline \n tab \t return \r bell \u{7} null \u{0} accent é emoji 🙂"
        let results = SearchAPIController.Results(
            searchId: "0123abcd", query: text, lang: .es, total: 1, confident: false,
            results: [SearchAPIController.Result(id: "a", title: text, url: "/es/articles/a#b", anchor: "b", snippet: text,
                                                 score: 0.1 + 0.2, category: nil, partial: true)],
            suggestion: text, otherLanguage: SearchAPIController.OtherLanguage(lang: .en, total: 3)
        )
        let expected = try Self.object(JSONEncoder().encode(results))
        #expect(try Self.written(results) == expected)
    }

    /// Every byte that needs an escape, at every place around the writer's eight-byte steps,
    /// among ASCII and multi-byte characters, reads back as written.
    @Test func escapesAtEveryOffset() throws {
        let escaped = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\"]
        for filler in ["abcdefgh", "é🙂ab", "\u{7F}\u{80}x"] {
            for special in escaped {
                for offset in 0..<20 {
                    let prefix = String(repeating: filler, count: 3).prefix(offset)
                    let text = String(prefix) + special + String(repeating: filler, count: 2)
                    let results = SearchAPIController.Results(
                        searchId: "s", query: text, lang: .en, total: 0, confident: false, results: [], suggestion: nil)
                    #expect(try Self.written(results) == Self.object(JSONEncoder().encode(results)), "\(text.debugDescription)")
                }
            }
        }
    }

    /// The eight-byte test says yes exactly when one of the bytes needs an escape.
    @Test func eightByteTestMatchesTheByteTest() {
        var generator = SeededGenerator(state: 20_261_203)
        let interesting: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9F, 0xA0, 0xC3, 0xFF]
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            var word: UInt64 = 0
            for (offset, byte) in bytes.enumerated() { word |= UInt64(byte) << UInt64(8 * offset) }
            let expected = bytes.contains { (byte: UInt8) -> Bool in byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
            #expect(JSONWriter.needsEscape(word) == expected, "\(bytes)")
        }
    }

    @Test func emptyResults() throws {
        let results = SearchAPIController.Results(searchId: "s1", query: "x", lang: .en, total: 0, confident: false, results: [], suggestion: nil)
        var buffer = JSONWriter.encode(results)
        #expect(buffer.readString(length: buffer.readableBytes) == #"{"searchId":"s1","query":"x","lang":"en","total":0,"confident":false,"results":[]}"#)
    }
}
