import Synchronization
import Foundation
import GRDB
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct StorageTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kbserve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func sqliteFeedbackStoreSummarizesVotes() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = SQLiteFeedbackStore(database: try SQLiteDatabase(directory: directory))
        try await store.add(Feedback(article: "b", helpful: true, comment: nil, createdAt: Date(timeIntervalSince1970: 1)))
        try await store.add(Feedback(article: "a", helpful: false, comment: "old", createdAt: Date(timeIntervalSince1970: 2)))
        try await store.add(Feedback(article: "a", helpful: true, comment: "new", createdAt: Date(timeIntervalSince1970: 3)))
        let summary = try await store.helpfulness(commentsPerArticle: 5)
        #expect(summary == [
            ArticleHelpfulness(article: "a", helpful: 1, notHelpful: 1, comments: ["new", "old"]),
            ArticleHelpfulness(article: "b", helpful: 1, notHelpful: 0, comments: []),
        ])
        let inMemory = InMemoryFeedbackStore()
        for feedback in [
            Feedback(article: "b", helpful: true, comment: nil, createdAt: Date(timeIntervalSince1970: 1)),
            Feedback(article: "a", helpful: false, comment: "old", createdAt: Date(timeIntervalSince1970: 2)),
            Feedback(article: "a", helpful: true, comment: "new", createdAt: Date(timeIntervalSince1970: 3)),
        ] { try await inMemory.add(feedback) }
        #expect(try await inMemory.helpfulness(commentsPerArticle: 5) == summary, "both stores agree")
    }

    @Test func sqliteSearchLogBuffersAndSurvivesReopening() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = SQLiteSearchLogStore(database: try SQLiteDatabase(directory: directory))
            store.record(SearchLogEntry(kind: .search, text: "Reset Password", resultCount: 3))
            store.record(SearchLogEntry(kind: .search, text: "reset password", resultCount: 3))
            store.record(SearchLogEntry(kind: .search, text: "zzz", resultCount: 0))
            store.record(SearchLogEntry(kind: .diagnose, text: "odd message", resultCount: 0))
            try await store.flush()
            store.record(SearchLogEntry(kind: .search, text: "zzz", resultCount: 0))
            try await store.flush()
        }
        let reopened = SQLiteSearchLogStore(database: try SQLiteDatabase(directory: directory))
        #expect(try await reopened.topTexts(kind: .search, onlyWithoutResults: false, limit: 10) == [
            TextCount(text: "reset password", count: 2), TextCount(text: "zzz", count: 2),
        ])
        #expect(try await reopened.topTexts(kind: .search, onlyWithoutResults: true, limit: 10) == [TextCount(text: "zzz", count: 2)])
        #expect(try await reopened.topTexts(kind: .diagnose, onlyWithoutResults: true, limit: 10) == [TextCount(text: "odd message", count: 1)])
    }
}

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
}
