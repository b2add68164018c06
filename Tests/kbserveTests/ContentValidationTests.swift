import ArgumentParser
import Foundation
import KnowledgeBase
import Logging
import Testing
import TestSupport

@testable import kbserve

/// One gate for valid content: `kbserve check`, start-up and reload see the same problems,
/// the Diagnoser's unreadable `when:` lines among them, each at its file and line.
@Suite struct ContentValidationTests {
    /// An article with a cause whose second `when:` line (line 15) names a fact that does not exist.
    static func article(when conditions: [String], body: String = "## Mistyped\n\nType the PIN again.\n") -> String {
        """
        ---
        id: pin-help
        title: Invalid PIN
        category: registration
        errors:
          - id: invalid-pin
            message: Invalid PIN
        causes:
          - id: pin-mistyped
            anchor: mistyped
            errors: [invalid-pin]
            default: true
            when:
        \(conditions.map { "      - \"\($0)\"" }.joined(separator: "\n"))
        ---

        \(body)
        """
    }

    static let clean = article(when: ["pin.present"])
    static let broken = article(when: ["pin.present", "pin.digts == 5"])

    static func folder(_ files: [String: String]) throws -> URL {
        let directory = try StorageTests.temporaryDirectory()
        for (name, text) in files { try write(text, to: directory, name) }
        return directory
    }

    static func write(_ text: String, to directory: URL, _ name: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func aBrokenWhenLineIsAnErrorAtItsFileAndLine() throws {
        let directory = try Self.folder(["pin-help.md": Self.broken])
        defer { try? FileManager.default.removeItem(at: directory) }
        let content = try ContentValidation(directory: directory)
        #expect(content.errors.map { "\($0.file):\($0.line ?? 0)" } == ["pin-help.md:15"])
        #expect(content.errors.first?.message.contains("'pin.digts == 5'") == true)
        #expect(content.errors.first?.message.contains("did you mean 'pin.digits'") == true)
        #expect(content.knowledgeBase.articles.map(\.id) == ["pin-help"], "the article still loads")

        let clean = try Self.folder(["pin-help.md": Self.clean])
        defer { try? FileManager.default.removeItem(at: clean) }
        #expect(try ContentValidation(directory: clean).problems == [])
    }

    @Test func checkPrintsTheBrokenWhenLineAndFails() async throws {
        let directory = try Self.folder(["pin-help.md": Self.broken])
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = CheckCommand.report(try ContentValidation(directory: directory), folder: directory.path)
        #expect(lines.first?.hasPrefix("\(directory.path)/pin-help.md:15: error: cause 'pin-mistyped': when: 'pin.digts == 5'") == true)
        #expect(lines.last == "1 articles loaded, 0 files skipped; 1 error, 0 warnings.")
        await #expect(throws: ExitCode.failure) { try await CheckCommand.parse(["--content", directory.path]).run() }

        try Self.write(Self.clean, to: directory, "pin-help.md")
        try await CheckCommand.parse(["--content", directory.path]).run()
    }

    @Test func checkReadsTheSynonymFile() throws {
        let directory = try Self.folder(["pin-help.md": Self.clean, "synonyms.txt": "pin, personal identification number\nlonely\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = CheckCommand.report(try ContentValidation(directory: directory), folder: directory.path)
        #expect(lines.first == "\(directory.path)/synonyms.txt:2: error: an equivalence needs at least two comma-separated terms")
    }

    @Test func startUpServesContentWithProblemsAndLogsEachOne() throws {
        let directory = try Self.folder(["pin-help.md": Self.broken])
        defer { try? FileManager.default.removeItem(at: directory) }
        let capture = LogCapture()
        let snapshot = try ContentReloader(directory: directory, logger: capture.logger).loadInitial()
        #expect(snapshot.knowledgeBase.articles.map(\.id) == ["pin-help"])
        #expect(snapshot.diagnoser.problems.count == 1)
        let logged = capture.lines.filter { $0.contains("pin.digts") }
        #expect(logged.count == 1)
        #expect(logged.first?.hasPrefix("error ") == true)
        #expect(logged.first?.contains("file=pin-help.md line=15") == true)
    }

    @Test func aReloadRefusesABrokenWhenLine() throws {
        let directory = try Self.folder(["pin-help.md": Self.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        let capture = LogCapture()
        let reloader = ContentReloader(directory: directory, logger: capture.logger)
        let store = ContentStore(try reloader.loadInitial())
        let running = store.current.diagnoser

        try Self.write(Self.broken, to: directory, "pin-help.md")
        #expect(!reloader.reload(into: store, reason: "test"))
        #expect(store.current.diagnoser.problems.isEmpty, "the running content stays")
        #expect(store.current.diagnoser.causeIDs == running.causeIDs)
        #expect(capture.text.contains("Content has errors; keeping the running content"))
        #expect(capture.lines.contains { $0.hasPrefix("error ") && $0.contains("pin.digts") && $0.contains("file=pin-help.md line=15") })

        try Self.write(Self.clean, to: directory, "pin-help.md")
        #expect(reloader.reload(into: store, reason: "test"), "fixed content is taken")
    }

    @Test func aReloadRefusesWhatCheckRefuses() throws {
        let directory = try Self.folder(["pin-help.md": Self.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        let reloader = ContentReloader(directory: directory, logger: Logger(label: "test"))
        let store = ContentStore(try reloader.loadInitial())
        let linkToNowhere = Self.article(when: ["pin.present"], body: "## Mistyped\n\nSee [the guide](/articles/nowhere).\n")
        try Self.write(linkToNowhere, to: directory, "pin-help.md")
        let content = try ContentValidation(directory: directory)
        #expect(content.errors.map(\.message) == ["link to article 'nowhere', which does not exist"])
        #expect(!reloader.reload(into: store, reason: "test"))
        #expect(store.current.knowledgeBase.article("pin-help")?.links.isEmpty == true, "the running content stays")
    }
}
