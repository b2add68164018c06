import Foundation
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct JSONWriterTests {
    /// Parses `text` as one JSON value (fragments allowed).
    private func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    private func written(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        body(&writer)
        return String(buffer: writer.buffer)
    }

    @Test func escapesQuotesBackslashesAndEveryControlCharacter() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let text = "say \"hi\" \\ back" + controls + "</mark> é 😀 end"
        let json = written { $0.value(text) }
        #expect(json.hasPrefix("\"say \\\"hi\\\" \\\\ back\\u0000\\u0001"))
        #expect(json.contains("\\b\\t\\n\\u000b\\f\\r\\u000e"))
        #expect(json.contains("\\u001f</mark> é 😀 end\""))
        #expect(!json.utf8.contains { $0 < 0x20 }, "no raw control byte")
        #expect(try parse(json) as? String == text)
    }

    @Test func escapesLineAndParagraphSeparators() throws {
        let text = "a\u{2028}b\u{2029}c\u{2027}"
        let json = written { $0.value(text) }
        #expect(json == "\"a\\u2028b\\u2029c\u{2027}\"")
        #expect(try parse(json) as? String == text)
    }

    @Test func writesNumbersLikeJSONEncoderAndNonFiniteAsNull() throws {
        let numbers: [Double] = [0, 2, -3.5, 2.4700679779052734, 1e-7, 1.5e300, 123_456_789_012]
        for number in numbers {
            let json = written { $0.value(number) }
            let encoded = String(decoding: try JSONEncoder().encode(number), as: UTF8.self)
            #expect(json == encoded)
            #expect((try parse(json) as? NSNumber)?.doubleValue == number)
        }
        #expect(written { $0.value(Double.infinity) } == "null")
        #expect(written { $0.value(-Double.infinity) } == "null")
        #expect(written { $0.value(Double.nan) } == "null")
        #expect(written { $0.value(-42) } == "-42")
        #expect(written { $0.value(true) } == "true")
    }

    @Test func placesCommasAndLeavesOutNilMembers() throws {
        let json = written { json in
            json.object { json in
                json.member("a", 1)
                json.member("skipped", String?.none)
                json.key("list")
                json.array(["x", "y"])
                json.key("empty")
                json.array([String]())
                json.key("nested")
                json.object { $0.member("b", false) }
                json.key("nothing")
                json.null()
            }
        }
        #expect(json == #"{"a":1,"list":["x","y"],"empty":[],"nested":{"b":false},"nothing":null}"#)
    }

    /// The writer's output and `JSONEncoder`'s parse to the same value.
    private func expectSameAsJSONEncoder<Value: JSONWritable & Encodable>(_ value: Value) throws {
        let written = try parse(JSONWriter.string(value))
        let data = try JSONEncoder().encode(value)
        let encoded = try JSONSerialization.jsonObject(with: data)
        // Compared in a canonical form (sorted keys): swift-corelibs' `isEqual` on parsed
        // objects does not hold for booleans.
        func canonical(_ object: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(try canonical(written) == canonical(encoded))
    }

    @Test func searchAndSuggestBodiesMatchJSONEncoder() throws {
        let hits = [
            SearchHit(id: "reset-password", title: "Reset \"your\" password", category: "signing-in", anchor: "rules", snippet: "<mark>pass</mark>word\n", score: 2.4700679779052734),
            SearchHit(id: "no category", title: "T\u{2028}", category: nil, anchor: "", snippet: "", score: 1),
        ]
        try expectSameAsJSONEncoder(SearchAPIController.results(SearchResults(query: "pasword", total: 2, hits: hits, suggestion: "password")))
        try expectSameAsJSONEncoder(SearchAPIController.results(SearchResults(query: "x", total: 0, hits: [], suggestion: nil), language: .es))
        try expectSameAsJSONEncoder(
            SearchAPIController.Suggestions(query: "re", lang: .es, suggestions: [.init(id: "reset-password", title: "Reset", url: "/articles/reset-password")])
        )
    }

    @Test func articleBodiesMatchJSONEncoder() throws {
        let knowledgeBase = Fixtures.knowledgeBase
        let summaries = knowledgeBase.articles.map { ArticlesAPIController.Summary($0) }
        #expect(summaries.contains { $0.updated == nil }, "a summary without `updated` (left out of the JSON)")
        try expectSameAsJSONEncoder(ArticlesAPIController.List(total: summaries.count, articles: summaries))
        let article = Fixtures.securityCode
        try expectSameAsJSONEncoder(
            ArticlesAPIController.Detail(
                id: article.id, title: article.title, summary: article.summary, category: article.category, audience: .patient, lang: .es, url: "/articles/x",
                updated: article.updated, aliases: article.aliases, errors: article.errors,
                sections: [.init(heading: "H", level: 2, anchor: "h", url: "/articles/x#h")], related: summaries, html: article.html
            )
        )
        try expectSameAsJSONEncoder(
            ArticlesAPIController.Detail(
                id: "bare", title: "", summary: "", category: nil, audience: .staff, lang: .en, url: "/articles/bare", updated: nil, aliases: [], errors: [],
                sections: [], related: [], html: ""
            )
        )
    }
}
