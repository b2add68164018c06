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
            suggestion: text
        )
        let expected = try Self.object(JSONEncoder().encode(results))
        #expect(try Self.written(results) == expected)
    }

    @Test func emptyResults() throws {
        let results = SearchAPIController.Results(searchId: "s1", query: "x", lang: .en, total: 0, confident: false, results: [], suggestion: nil)
        var buffer = JSONWriter.encode(results)
        #expect(buffer.readString(length: buffer.readableBytes) == #"{"searchId":"s1","query":"x","lang":"en","total":0,"confident":false,"results":[]}"#)
    }
}
