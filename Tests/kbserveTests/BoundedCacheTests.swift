import Synchronization
import KnowledgeBase
import Testing
@testable import kbserve

@Suite struct BoundedCacheTests {
    @Test func repeatedKeysAreAnsweredFromTheCacheWhichStaysBounded() {
        let cache = BoundedCache<SearchRequest, SearchResults>(capacity: 4)
        let calls = Mutex(0)
        func search(_ request: SearchRequest) -> SearchResults {
            calls.withLock { $0 += 1 }
            return SearchResults(query: request.query, total: 1, hits: [])
        }
        let pin = SearchRequest(query: "pin")
        #expect(cache.value(for: pin) { search(pin) }.query == "pin")
        #expect(cache.value(for: pin) { search(pin) }.query == "pin")
        #expect(calls.withLock { $0 } == 1)
        let three = SearchRequest(query: "pin", limit: 3)
        #expect(cache.value(for: three) { search(three) }.query == "pin")
        #expect(calls.withLock { $0 } == 2, "a different limit is a different request")
        for index in 0..<20 {
            let request = SearchRequest(query: "q\(index)")
            _ = cache.value(for: request) { search(request) }
        }
        #expect(cache.count <= 4)
        let off = BoundedCache<SearchRequest, SearchResults>(capacity: 0)
        _ = off.value(for: pin) { search(pin) }
        _ = off.value(for: pin) { search(pin) }
        #expect(calls.withLock { $0 } == 24)
    }

    @Test func aKeyReadAgainSurvivesAStreamOfOneOffKeys() {
        let cache = BoundedCache<String, Int>(capacity: 8)
        var computed: [String] = []
        func value(_ key: String) -> Int {
            cache.value(for: key) { computed.append(key); return key.count }
        }
        _ = value("forgot password")
        for index in 0..<100 {
            _ = value("forgot password")
            _ = value("one-off \(index)")
            #expect(cache.count <= 8)
        }
        #expect(computed.filter { $0 == "forgot password" }.count == 1, "the popular query was computed again: \(computed.prefix(3))")
        #expect(computed.count == 101)
    }

    @Test func keysNeverReadAgainAreEvictedInTheOrderTheyCame() {
        let cache = BoundedCache<Int, Int>(capacity: 3)
        var computed: [Int] = []
        func value(_ key: Int) -> Int { cache.value(for: key) { computed.append(key); return key } }
        for key in [1, 2, 3, 4] { _ = value(key) }
        // 1, the oldest, made room for 4; 2 and 3 are still there.
        for key in [2, 3, 1] { _ = value(key) }
        #expect(computed == [1, 2, 3, 4, 1])
        #expect(cache.count == 3)
    }
}
