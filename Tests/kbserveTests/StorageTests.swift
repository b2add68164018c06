import Synchronization
import Foundation
import GRDB
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct StorageTests {
    /// A file made before search counts had a language: migration v6 keeps its counts, which
    /// then count for every language only.
    @Test func searchCountsKeptBeforeLanguagesCountForEveryLanguage() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let queue = try DatabaseQueue(path: directory.appendingPathComponent("kbserve.sqlite").path)
            try SQLiteDatabase.migrator.migrate(queue, upTo: "v5: the language of a search, and the other language it was pointed to")
            try await queue.write { db in
                try db.execute(
                    sql: "INSERT INTO searchDay (day, kind, text, total, withoutResults) VALUES (?, 'search', 'old query', 3, 1)",
                    arguments: [SearchLogDay.string(for: Date())])
            }
            try queue.close()
        }
        let log = SQLiteSearchLogStore(database: try SQLiteDatabase(directory: directory))
        log.record(SearchLogEntry(kind: .search, text: "old query", resultCount: 1, language: .es))
        #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 5) == [TextCount(text: "old query", count: 4)])
        #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 5, language: .es) == [TextCount(text: "old query", count: 1)])
        #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 5, language: .en) == [])
    }

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
