import Synchronization
import Foundation
import KnowledgeBase
import Testing

@testable import kbserve

/// The insights stores (searches with their clicks, feedback reasons and comment status)
/// against every engine (`StoreEngine`); the in-memory stores are the reference.
@Suite struct InsightsStoreContractTests {
    static let ids = (0..<9).map { _ in SearchID() }

    static func event(
        _ index: Int, day: String, _ text: String, words: String, results: Int, top: String?, source: SearchEvent.Source = .search,
        language: Language? = .en, otherLanguage: Language? = nil
    ) -> SearchEvent {
        SearchEvent(
            id: ids[index], source: source, language: language, day: day, text: text, words: words, resultCount: results, top: top,
            otherLanguage: otherLanguage)
    }

    static let events = [
        event(0, day: "2026-11-30", "Reset Password", words: "password reset", results: 2, top: "reset-password"),
        event(1, day: "2026-11-30", "reset password", words: "password reset", results: 2, top: "reset-password"),
        event(2, day: "2026-12-01", "reset password", words: "password reset", results: 2, top: "reset-password"),
        // Recorded before the language was kept.
        event(3, day: "2026-12-01", "zzqx", words: "zzqx", results: 0, top: nil, language: nil),
        event(4, day: "2026-12-01", "code wrong", words: "code wrong", results: 1, top: "code-is-sender-number", source: .troubleshoot),
        event(5, day: "2026-11-29", "before the range", words: "rang", results: 1, top: "reset-password"),
        // Spanish typed into the English search: pointed to the Spanish answer once; then the same in the Spanish search.
        event(6, day: "2026-12-01", "contraseña olvidada", words: "contraseña olvidada", results: 0, top: nil, otherLanguage: .es),
        event(7, day: "2026-12-01", "contraseña olvidada", words: "contraseña olvidada", results: 0, top: nil),
        event(8, day: "2026-12-01", "contraseña olvidada", words: "contrasen olvid", results: 1, top: "reset-password", language: .es),
    ]

    static let clicks = [
        SearchClick(searchID: ids[0], position: 1, article: "reset-password", day: "2026-11-30"),
        SearchClick(searchID: ids[0], position: 1, article: "reset-password", day: "2026-11-30"),  // the same link again: once
        SearchClick(searchID: ids[0], position: 2, article: "security-code", day: "2026-11-30"),
        SearchClick(searchID: ids[2], position: 2, article: "security-code", day: "2026-12-01"),
        SearchClick(searchID: ids[4], position: 1, article: "invalid-pin", day: "2026-12-01"),
        SearchClick(searchID: SearchID(), position: 1, article: "reset-password", day: "2026-12-01"),  // no such search
    ]

    static let expected = [
        SearchSummary(day: "2026-11-30", source: .search, language: .en, text: "reset password", words: "password reset", top: "reset-password",
            searches: 2, zeroResult: 0, clicked: 1, clicks: 2, positionSum: 3),
        SearchSummary(day: "2026-12-01", source: .search, language: nil, text: "zzqx", words: "zzqx", top: nil,
            searches: 1, zeroResult: 1, clicked: 0, clicks: 0, positionSum: 0),
        SearchSummary(day: "2026-12-01", source: .search, language: .en, text: "contraseña olvidada", words: "contraseña olvidada", top: nil,
            searches: 2, zeroResult: 2, pointedToOtherLanguage: 1, clicked: 0, clicks: 0, positionSum: 0),
        SearchSummary(day: "2026-12-01", source: .search, language: .en, text: "reset password", words: "password reset", top: "reset-password",
            searches: 1, zeroResult: 0, clicked: 1, clicks: 1, positionSum: 2),
        SearchSummary(day: "2026-12-01", source: .search, language: .es, text: "contraseña olvidada", words: "contrasen olvid", top: "reset-password",
            searches: 1, zeroResult: 0, clicked: 0, clicks: 0, positionSum: 0),
        SearchSummary(day: "2026-12-01", source: .troubleshoot, language: .en, text: "code wrong", words: "code wrong", top: "code-is-sender-number",
            searches: 1, zeroResult: 0, clicked: 1, clicks: 1, positionSum: 1),
    ]

    @Test(arguments: await StoreEngine.available())
    func searchesAndClicksFromEveryReplicaAreSummarizedAsTheReferenceDoes(_ engine: StoreEngine) async throws {
        // Retention counts back from "now": keep every day of the test.
        let now = Date(timeIntervalSince1970: 1_796_169_600)  // 2026-12-02
        try await engine.withStores(replicas: 2, now: { now }) { replicas in
            let reference = InMemorySearchLogStore()
            // Searches on one replica, their clicks on the other (as behind a load balancer).
            for event in Self.events {
                replicas[0].searchLog.record(event)
                reference.record(event)
            }
            for click in Self.clicks {
                replicas[1].searchLog.record(click)
                reference.record(click)
            }
            try await replicas[1].flush()  // the clicks may be written before their searches
            // Reading from a replica writes its own buffer first: the searches are in the first one's.
            #expect(try await replicas[0].searchLog.summaries(from: "2026-11-30", to: "2026-12-01") == Self.expected)
            #expect(try await replicas[1].searchLog.summaries(from: "2026-11-30", to: "2026-12-01") == Self.expected)
            #expect(try await reference.summaries(from: "2026-11-30", to: "2026-12-01") == Self.expected, "the reference agrees")
            #expect(try await replicas[0].searchLog.summaries(from: "2026-12-02", to: "2026-12-05") == [])
            #expect(try await replicas[0].searchLog.summaries(from: "2026-11-29", to: "2026-11-29").map(\.text) == ["before the range"])
        }
    }

    @Test(arguments: await StoreEngine.available())
    func searchesAndClicksPastTheRetentionPeriodAreDropped(_ engine: StoreEngine) async throws {
        let clock = Mutex(Date(timeIntervalSince1970: 1_796_169_600))  // 2026-12-02
        try await engine.withStores(retentionDays: 3, now: { clock.withLock { $0 } }) { stores in
            let log = stores[0].searchLog
            log.record(SearchEvent(source: .search, language: .en, day: "2026-12-02", text: "kept", words: "kept", resultCount: 1, top: "a"))
            log.record(SearchEvent(source: .search, language: .en, day: "2026-11-30", text: "oldest kept", words: "oldest kept", resultCount: 1, top: "a"))
            log.record(SearchEvent(source: .search, language: .en, day: "2026-11-29", text: "too old", words: "too old", resultCount: 1, top: "a"))
            try await stores[0].flush()
            #expect(try await log.summaries(from: "2026-11-01", to: "2026-12-31").map(\.text) == ["oldest kept", "kept"])
            clock.withLock { $0 = $0.addingTimeInterval(2 * 86_400) }
            log.record(SearchEvent(source: .search, language: .en, day: "2026-12-04", text: "later", words: "later", resultCount: 1, top: "a"))
            try await stores[0].flush()
            #expect(try await log.summaries(from: "2026-11-01", to: "2026-12-31").map(\.text) == ["kept", "later"])
        }
    }

    @Test(arguments: await StoreEngine.available())
    func searchesAndClicksPastTheDailyBoundAreNotStoredOnAnyReplica(_ engine: StoreEngine) async throws {
        let now = Date(timeIntervalSince1970: 1_796_169_600)  // 2026-12-02
        try await engine.withStores(replicas: 2, maxEventsPerDay: 3, now: { now }) { replicas in
            let ids = (0..<6).map { _ in SearchID() }
            // Two searches on each replica, written one after the other; then two more on the first.
            for (number, id) in ids.prefix(4).enumerated() {
                replicas[number % 2].searchLog.record(
                    SearchEvent(id: id, source: .search, language: .en, day: "2026-12-02", text: "bounded \(number)", words: "bound", resultCount: 1, top: "a"))
            }
            try await replicas[0].flush()
            try await replicas[1].flush()
            for id in ids.suffix(2) {
                replicas[0].searchLog.record(SearchEvent(id: id, source: .search, language: .en, day: "2026-12-02", text: "late", words: "late", resultCount: 1, top: "a"))
            }
            // Another day has its own bound.
            replicas[0].searchLog.record(SearchEvent(source: .search, language: .en, day: "2026-12-01", text: "yesterday", words: "yesterday", resultCount: 1, top: "a"))
            for position in 1...5 {
                replicas[1].searchLog.record(SearchClick(searchID: ids[0], position: position, article: "a", day: "2026-12-02"))
            }
            try await replicas[1].flush()
            let today = try await replicas[0].searchLog.summaries(from: "2026-12-02", to: "2026-12-02")
            #expect(today.reduce(0) { $0 + $1.searches } == 3)
            #expect(!today.contains { $0.text == "late" }, "searches past the bound are not stored")
            #expect(today.reduce(0) { $0 + $1.clicks } == 3, "nor are clicks")
            #expect(try await replicas[1].searchLog.summaries(from: "2026-12-01", to: "2026-12-01").map(\.text) == ["yesterday"])
        }
    }

    static func at(_ day: Int, hour: Int = 12) -> Date { Date(timeIntervalSince1970: 1_796_169_600 + Double(day * 86_400 + hour * 3600)) }

    static let votes: [Feedback] = [
        Feedback(article: "a", helpful: false, comment: "missing the steps", createdAt: at(-2), reason: .missingInformation),
        Feedback(article: "a", helpful: false, comment: nil, createdAt: at(-1), reason: .missingInformation),
        Feedback(article: "a", helpful: false, comment: "old", createdAt: at(-1, hour: 13), reason: .outOfDate),
        Feedback(article: "a", helpful: true, comment: "good", createdAt: at(0)),
        Feedback(article: "b", helpful: false, comment: nil, createdAt: at(0, hour: 1)),
        Feedback(article: "b", helpful: true, comment: nil, createdAt: at(3)),  // after the range
    ]

    @Test(arguments: await StoreEngine.available())
    func votesAreCountedByReasonAndCommentsKeepTheStatusMaintainersSet(_ engine: StoreEngine) async throws {
        try await engine.withStores(replicas: 2) { replicas in
            let reference = InMemoryFeedbackStore()
            for vote in Self.votes {
                try await replicas[0].feedback.add(vote)
                try await reference.add(vote)
            }
            let (from, to) = (Self.at(-2, hour: 0), Self.at(1, hour: 0))
            let expectedVotes = [
                VoteCount(article: "a", helpful: false, reason: .missingInformation, count: 2),
                VoteCount(article: "a", helpful: false, reason: .outOfDate, count: 1),
                VoteCount(article: "a", helpful: true, reason: nil, count: 1),
                VoteCount(article: "b", helpful: false, reason: nil, count: 1),
            ]
            #expect(try await replicas[1].feedback.votes(from: from, to: to) == expectedVotes)
            #expect(try await reference.votes(from: from, to: to) == expectedVotes, "the reference agrees")
            let comments = try await replicas[1].feedback.comments(from: from, to: to, limit: 10)
            #expect(comments.map(\.text) == ["good", "old", "missing the steps"])
            #expect(comments.map(\.reason) == [nil, .outOfDate, .missingInformation])
            #expect(comments.allSatisfy { $0.status == .new })
            #expect(try await replicas[1].feedback.comments(from: from, to: to, limit: 2).map(\.text) == ["good", "old"])
            #expect(try await reference.comments(from: from, to: to, limit: 10).map(\.text) == comments.map(\.text))

            // A status set on one replica is seen by the other; an unknown id changes nothing.
            let old = try #require(comments.first { $0.text == "old" })
            #expect(try await replicas[0].feedback.setStatus(.planned, ofComment: old.id))
            #expect(try await replicas[0].feedback.setStatus(.done, ofComment: 999_999) == false)
            let after = try await replicas[1].feedback.comments(from: from, to: to, limit: 10)
            #expect(after.map(\.status) == [.new, .planned, .new])
            // The old summary still works with reasons present.
            #expect(try await replicas[1].feedback.helpfulness(commentsPerArticle: 1).map(\.article) == ["a", "b"])
        }
    }
}
