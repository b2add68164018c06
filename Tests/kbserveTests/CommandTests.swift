import Diagnoser
import Foundation
import KnowledgeBase
import Testing
import TestSupport

@testable import kbserve

/// The CLI's argument checks and the output forms that people and evaluation tools read.
@Suite struct CommandTests {
    let content = RepoPaths.content.path

    /// The message `SearchCommand` gives for `arguments`, nil when they parse: each refusal
    /// is checked for its own reason, so a mistyped option cannot pass for the check.
    func refusal(_ arguments: [String]) -> String? {
        do {
            _ = try SearchCommand.parse(arguments)
            return nil
        } catch {
            return SearchCommand.message(for: error)
        }
    }

    @Test func searchNeedsAQueryOrABatchFileButNotBoth() throws {
        #expect(refusal(["--content", content]) == "Give a query, or --batch FILE.")
        #expect(refusal(["--content", content, "pin", "--batch", "/etc/hostname"]) == "Give either a query or --batch FILE, not both.")
        let command = try SearchCommand.parse(["--content", content, "pin wont work", "--limit", "3"])
        #expect(command.query == "pin wont work" && command.limit == 3)
    }

    @Test func searchRejectsBadArguments() {
        #expect(refusal(["--content", content, "pin", "--limit", "0"]) == "--limit must be between 1 and 100.")
        #expect(refusal(["--content", content, "pin", "--category", "billing"])?.hasPrefix("Unknown category 'billing'. Known: ") == true)
        #expect(refusal(["--content", "/no/such/folder", "pin"]) == "The content folder '/no/such/folder' does not exist or is not a folder.")
        #expect(refusal(["--content", content, "--batch", "/no/such/file"]) == "Cannot read the batch file '/no/such/file'.")
        #expect(refusal(["--content", content, "pin", "--limit", "3"]) == nil)
    }

    @Test func searchTakesAnAudience() throws {
        #expect(try SearchCommand.parse(["--content", content, "pin"]).audience == .patient)
        #expect(try SearchCommand.parse(["--content", content, "pin", "--audience", "staff"]).audience == .staff)
        let refused = try #require(refusal(["--content", content, "pin", "--audience", "doctors"]))
        #expect(refused.contains("'doctors'") && refused.contains("--audience"))
    }

    @Test func batchLinesHaveTheEvaluationForm() throws {
        let line = BatchLine(query: "forgot pasword", results: [.init(id: "reset-password", title: "Reset", anchor: "steps", score: 2.5)])
        let json = try JSONOutput.string(line)
        #expect(!json.contains("\n"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "forgot pasword")
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(Set(results[0].keys) == ["id", "title", "anchor", "score"])
        #expect(results[0]["score"] as? Double == 2.5)
    }

    @Test func readableResultsShowTitlesLocationsAndSuggestion() {
        let results = SearchResults(
            query: "forgot pasword", total: 1,
            hits: [SearchHit(id: "reset-password", title: "How do I reset my password?", category: "signing-in",
                             anchor: "steps", snippet: "&hellip;then tap <mark>Forgot</mark> &amp; go&hellip;", score: 1.5)],
            suggestion: "forgot password")
        let text = ReadableSearchResults(results: results, boldMatches: false).text
        #expect(text.contains("1. How do I reset my password?  [reset-password#steps]"))
        #expect(text.contains("Did you mean: forgot password?"))
        #expect(text.contains("…then tap Forgot & go…"))
        #expect(!text.contains("<mark>"))
        #expect(text.hasPrefix("1 article matches \"forgot pasword\":"))
    }

    /// Hits that match too few of the query's words are shown as the closest, not under "0 articles match".
    @Test func readableResultsSayWhenNoArticleMatchesEnough() {
        let hit = SearchHit(id: "reset-password", title: "How do I reset my password?", category: "signing-in",
                            anchor: "", snippet: "", score: 0.2)
        let closest = ReadableSearchResults(results: SearchResults(query: "notified of a reply", total: 0, hits: [hit]), boldMatches: false).text
        #expect(closest.hasPrefix("No article matches enough of \"notified of a reply\"; the closest:"))
        let two = ReadableSearchResults(results: SearchResults(query: "pin", total: 2, hits: [hit, hit]), boldMatches: false).text
        #expect(two.hasPrefix("2 articles match \"pin\":"))
        let none = ReadableSearchResults(results: SearchResults(query: "zzz", total: 0, hits: []), boldMatches: false).text
        #expect(none.hasPrefix("No articles match \"zzz\"."))
    }
}

/// `--lang` on the commands that read articles.
@Suite struct LanguageOptionTests {
    @Test func theLanguageOptionChoosesTheTranslations() throws {
        let content = RepoPaths.content.path
        #expect(try SearchCommand.parse(["--content", content, "pin"]).options.lang == .en)
        let spanish = try SearchCommand.parse(["--content", content, "--lang", "es", "olvide mi contrasena"])
        let knowledgeBase = try spanish.options.loadKnowledgeBase()
        #expect(knowledgeBase.language == .es)
        #expect(knowledgeBase.search(SearchRequest(query: "olvide mi contrasena")).hits.first?.id == "reset-password")
        let diagnoser = try DiagnoseCommand.parse(["--content", content, "--lang", "es", "--message", "x"]).options.loadDiagnoser()
        let diagnosis = diagnoser.diagnose(DiagnosisRequest(message: "Invalid security code", values: ["securityCode": "123456"]))
        #expect(diagnosis.causes.first?.id == "code-is-sender-number")
        #expect(diagnosis.causes.first?.steps.first?.contains("mensaje") == true, "\(diagnosis.causes.first?.steps ?? [])")
        do {
            _ = try SearchCommand.parse(["--content", content, "--lang", "fr", "pin"])
            Issue.record("--lang fr was accepted")
        } catch {
            #expect(SearchCommand.message(for: error).contains("'fr'"), "\(SearchCommand.message(for: error))")
        }
    }

    @Test func renderWritesEachFileIntoTheOutputFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("one.md"), second = folder.appendingPathComponent("two.md")
        try Data("# One\n\nA & B\n".utf8).write(to: first)
        try Data("- [x] done\n".utf8).write(to: second)
        let command = try RenderCommand.parse([first.path, second.path, "--flavor", "gfm", "--output-dir", folder.path])
        try await command.run()
        #expect(try String(contentsOf: folder.appendingPathComponent("one.html"), encoding: .utf8) == "<h1>One</h1>\n<p>A &amp; B</p>\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("two.html"), encoding: .utf8)
            == "<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> done</li>\n</ul>\n")

        #expect(throws: (any Error).self) { try RenderCommand.parse(["--output-dir", folder.path]) }
        #expect(throws: (any Error).self) { try RenderCommand.parse([first.path, "--output-dir", first.path]) }
        #expect(throws: (any Error).self) { try RenderCommand.parse([folder.appendingPathComponent("missing.md").path]) }
        // Two files of one name would overwrite each other's HTML.
        let other = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("Other\n".utf8).write(to: other.appendingPathComponent("one.md"))
        #expect(throws: (any Error).self) {
            try RenderCommand.parse([first.path, other.appendingPathComponent("one.md").path, "--output-dir", folder.path])
        }
    }
}
