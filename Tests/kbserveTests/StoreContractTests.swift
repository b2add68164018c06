import Synchronization
import Foundation
import KnowledgeBase
import Testing

@testable import kbserve

/// The same store tests against every engine (`StoreEngine`): SQLite always, PostgreSQL when
/// a server is configured (`PostgresStorageTests.postgresIsReachable` says why it is skipped).
/// The in-memory stores are the reference for what both must answer.
@Suite struct StoreContractTests {
    static func vote(_ article: ArticleID, _ helpful: Bool, _ comment: String?, at seconds: Double) -> Feedback {
        Feedback(article: article, helpful: helpful, comment: comment, createdAt: Date(timeIntervalSince1970: seconds))
    }

    static let votes: [Feedback] = [
        vote("b", true, nil, at: 1),
        vote("a", false, "old", at: 2),
        vote("a", true, "new", at: 3),
        vote("c", true, "one", at: 4),
        vote("a", true, nil, at: 5),
        vote("c", false, "two", at: 6),
        vote("c", false, "three", at: 7),
    ]

    @Test(arguments: await StoreEngine.available())
    func feedbackIsSummarizedAsTheReferenceDoes(_ engine: StoreEngine) async throws {
        try await engine.withStores { stores in
            let store = stores[0].feedback
            for vote in Self.votes { try await store.add(vote) }
            let reference = InMemoryFeedbackStore()
            for vote in Self.votes { try await reference.add(vote) }
            let summary = try await store.helpfulness(commentsPerArticle: 2)
            #expect(summary == [
                ArticleHelpfulness(article: "a", helpful: 2, notHelpful: 1, comments: ["new", "old"]),
                ArticleHelpfulness(article: "c", helpful: 1, notHelpful: 2, comments: ["three", "two"]),
                ArticleHelpfulness(article: "b", helpful: 1, notHelpful: 0, comments: []),
            ])
            #expect(try await reference.helpfulness(commentsPerArticle: 2) == summary, "the engine agrees with the reference")
        }
    }

    /// Adding a vote deletes those made before the retention period, and a day that has all
    /// its votes takes no more: on every engine, as the reference does.
    @Test(arguments: await StoreEngine.available())
    func feedbackIsKeptWithinItsDaysAndItsVotesADay(_ engine: StoreEngine) async throws {
        try await engine.withStores { stores in
            let day = 86_400.0
            let bounds = FeedbackBounds(oldestKept: Date(timeIntervalSince1970: 10 * day), dayStart: Date(timeIntervalSince1970: 12 * day), maxPerDay: 2)
            for store in [stores[0].feedback, InMemoryFeedbackStore()] as [any FeedbackStore] {
                try await store.add(Self.vote("a", false, "past the retention period", at: 9 * day))
                try await store.add(Self.vote("a", true, "kept", at: 11 * day))
                #expect(try await store.add(Self.vote("a", true, "today's first", at: 12 * day + 1), within: bounds))
                #expect(try await store.add(Self.vote("a", true, nil, at: 12 * day + 2), within: bounds))
                #expect(try await store.add(Self.vote("a", false, "one too many", at: 12 * day + 3), within: bounds) == false)
                #expect(try await store.helpfulness(commentsPerArticle: 5) == [
                    ArticleHelpfulness(article: "a", helpful: 3, notHelpful: 0, comments: ["today's first", "kept"])
                ])
            }
        }
    }

    /// The all-time lists of one language count only its searches; without a language, every
    /// language's counts of a text add up. On every engine, as the reference does.
    @Test(arguments: await StoreEngine.available())
    func searchCountsAreKeptPerLanguage(_ engine: StoreEngine) async throws {
        try await engine.withStores { stores in
            let reference = InMemorySearchLogStore()
            for log in [stores[0].searchLog, reference] as [any SearchLogStore] {
                log.record(SearchLogEntry(kind: .search, text: "pin", resultCount: 2, language: .en))
                log.record(SearchLogEntry(kind: .search, text: "pin", resultCount: 0, language: .es))
                log.record(SearchLogEntry(kind: .search, text: "olvidé mi contraseña", resultCount: 1, language: .es))
                log.record(SearchLogEntry(kind: .search, text: "olvidé mi contraseña", resultCount: 1, language: .es))
                log.record(SearchLogEntry(kind: .diagnose, text: "código inválido", resultCount: 0, language: .es))
            }
            try await stores[0].flush()
            for log in [stores[0].searchLog, reference] as [any SearchLogStore] {
                #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 10, language: .es) == [
                    TextCount(text: "olvidé mi contraseña", count: 2), TextCount(text: "pin", count: 1),
                ])
                #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 10, language: .en) == [TextCount(text: "pin", count: 1)])
                #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 10) == [
                    TextCount(text: "olvidé mi contraseña", count: 2), TextCount(text: "pin", count: 2),
                ])
                #expect(try await log.topTexts(kind: .search, onlyWithoutResults: true, limit: 10, language: .en) == [])
                #expect(try await log.topTexts(kind: .diagnose, onlyWithoutResults: true, limit: 10, language: .es) == [TextCount(text: "código inválido", count: 1)])
            }
        }
    }

    @Test(arguments: await StoreEngine.available())
    func feedbackStoredByOneReplicaIsCountedOnceByEvery(_ engine: StoreEngine) async throws {
        try await engine.withStores(replicas: 2) { replicas in
            try await replicas[0].feedback.add(Self.vote("reset-password", true, "clear", at: 10))
            try await replicas[1].feedback.add(Self.vote("reset-password", false, nil, at: 11))
            for replica in replicas {
                #expect(try await replica.feedback.helpfulness(commentsPerArticle: 5) == [
                    ArticleHelpfulness(article: "reset-password", helpful: 1, notHelpful: 1, comments: ["clear"])
                ])
            }
        }
    }

    @Test(arguments: await StoreEngine.available())
    func searchCountsAreBufferedThenWrittenAndSharedByReplicas(_ engine: StoreEngine) async throws {
        try await engine.withStores(replicas: 2) { replicas in
            let (a, b) = (replicas[0], replicas[1])
            a.searchLog.record(SearchLogEntry(kind: .search, text: "Reset Password", resultCount: 3))
            b.searchLog.record(SearchLogEntry(kind: .search, text: "reset password", resultCount: 3))
            a.searchLog.record(SearchLogEntry(kind: .search, text: "zzz", resultCount: 0))
            a.searchLog.record(SearchLogEntry(kind: .search, text: "   ", resultCount: 0))
            b.searchLog.record(SearchLogEntry(kind: .diagnose, text: "odd message", resultCount: 0))
            try await a.flush()
            try await a.flush()  // nothing pending: no double count
            // b's counts are still in its buffer; reading from b writes them first.
            #expect(try await a.searchLog.topTexts(kind: .search, onlyWithoutResults: false, limit: 10) == [
                TextCount(text: "reset password", count: 1), TextCount(text: "zzz", count: 1),
            ])
            #expect(try await b.searchLog.topTexts(kind: .search, onlyWithoutResults: false, limit: 10) == [
                TextCount(text: "reset password", count: 2), TextCount(text: "zzz", count: 1),
            ])
            #expect(try await a.searchLog.topTexts(kind: .search, onlyWithoutResults: true, limit: 10) == [TextCount(text: "zzz", count: 1)])
            #expect(try await a.searchLog.topTexts(kind: .diagnose, onlyWithoutResults: true, limit: 10) == [
                TextCount(text: "odd message", count: 1)
            ])
            #expect(try await a.searchLog.topTexts(kind: .search, onlyWithoutResults: false, limit: 1) == [
                TextCount(text: "reset password", count: 2)
            ])
        }
    }

    @Test(arguments: await StoreEngine.available())
    func eachDayKeepsAtMostTheBoundOfDistinctTextsTheMostFrequentFirst(_ engine: StoreEngine) async throws {
        try await engine.withStores { stores in
            let log = stores[0].searchLog
            let bound = SearchLogCounts.maxTextsPerDay
            for _ in 0..<3 { log.record(SearchLogEntry(kind: .search, text: "popular", resultCount: 1)) }
            for index in 0..<(bound + 20) { log.record(SearchLogEntry(kind: .search, text: "text \(index)", resultCount: 1)) }
            try await stores[0].flush()
            // A later write: a text already kept is still counted, a new one goes to "other".
            log.record(SearchLogEntry(kind: .search, text: "popular", resultCount: 1))
            log.record(SearchLogEntry(kind: .search, text: "brand new", resultCount: 1))
            try await stores[0].flush()
            let top = try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: bound * 2)
            #expect(top.count == bound)
            #expect(top.first == TextCount(text: "popular", count: 4))
            #expect(!top.contains { $0.text == "brand new" || $0.text == SearchLogCounts.otherText })
        }
    }

    @Test(arguments: await StoreEngine.available())
    func daysPastTheRetentionPeriodAreDropped(_ engine: StoreEngine) async throws {
        let clock = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        try await engine.withStores(retentionDays: 7, now: { clock.withLock { $0 } }) { stores in
            let log = stores[0].searchLog
            log.record(SearchLogEntry(kind: .search, text: "long ago", resultCount: 1))
            try await stores[0].flush()
            clock.withLock { $0 = $0.addingTimeInterval(6 * 86_400) }
            log.record(SearchLogEntry(kind: .search, text: "last week", resultCount: 1))
            try await stores[0].flush()
            #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 10).map(\.text) == ["last week", "long ago"])
            clock.withLock { $0 = $0.addingTimeInterval(2 * 86_400) }
            log.record(SearchLogEntry(kind: .search, text: "today", resultCount: 1))
            try await stores[0].flush()
            #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 10).map(\.text) == ["last week", "today"])
        }
    }

    @Test(arguments: await StoreEngine.available())
    func commentsAreRedactedBeforeTheyAreStored(_ engine: StoreEngine) async throws {
        try await engine.withStores { stores in
            let services = try await Fixtures.components(
                configuration: ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord(), feedback: stores[0].feedback)
            let typed = "My PIN 4821 won't work, write to jane.doe@example.com or call 555-201-3344. Thanks, Jane"
            try await services.feedbackRecorder.record(article: "reset-password", helpful: false, comment: typed, from: .init(address: "203.0.113.1"))
            let stored = try #require(try await stores[0].feedback.helpfulness(commentsPerArticle: 5).first?.comments.first)
            #expect(stored == Redactor().redact(typed))
            for secret in ["4821", "jane", "Jane", "555", "3344"] { #expect(!stored.contains(secret), "\(secret) was stored") }
        }
    }
}
