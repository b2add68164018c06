import Foundation
import KnowledgeBase
import Logging
import Testing

@testable import kbserve

@Suite struct ContentReloaderTests {
    static func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func reloadSwapsOnlyCleanContent() throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write("---\nid: first\ntitle: First article\ncategory: registration\n---\n\nHello.\n", to: directory.appendingPathComponent("first.md"))
        let reloader = ContentReloader(directory: directory, logger: Logger(label: "test"))
        let store = ContentStore(try reloader.loadInitial())
        #expect(store.current.knowledgeBase.articles.map(\.id) == ["first"])
        let before = reloader.fingerprint()

        try Self.write("---\nid: second\ntitle: Second article\ncategory: signing-in\n---\n\nMore.\n", to: directory.appendingPathComponent("second.md"))
        #expect(reloader.fingerprint() != before)
        #expect(reloader.reload(into: store, reason: "test"))
        #expect(store.current.knowledgeBase.articles.map(\.id) == ["first", "second"])

        // Malformed front matter is an error: the running content stays.
        try Self.write("---\nid: [third\ntitle: Broken\n---\n\nAgain.\n", to: directory.appendingPathComponent("third.md"))
        let broken = try KnowledgeBase.load(from: directory)
        try #require(!broken.report.errors.isEmpty, "the loader reports malformed front matter as an error")
        #expect(!reloader.reload(into: store, reason: "test"))
        #expect(store.current.knowledgeBase.articles.map(\.id) == ["first", "second"])
    }
}
