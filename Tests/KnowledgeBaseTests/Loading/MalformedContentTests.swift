import Foundation
import Testing

@testable import KnowledgeBase

@Suite("Malformed files are reported and skipped")
struct MalformedContentTests {
    @Test func badFilesAreSkippedWithFileLineAndReasonWhileTheRestLoad() throws {
        let result = try ContentLoader(directory: LoadingFixtures.folder("Malformed")).load()
        #expect(result.articles.map(\.id).sorted() == [
            "good", "good-html", "ignored-field", "nested/deep/page", "windows",
        ])
        #expect(result.report.loaded == 5)
        #expect(result.report.skipped == 5)
        let problems = result.report.problems.map { "\($0.file):\($0.line ?? 0):\($0.severity.rawValue)" }
        #expect(problems == [
            "binary.html:3:error", "broken-yaml.md:6:error", "ignored-field.md:3:warning",
            "missing-title.md:1:error", "not-utf8.md:5:error", "unclosed.md:1:error",
        ])
        let messages = Dictionary(result.report.problems.map { ($0.file, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(messages["binary.html"]?.contains("binary") == true)
        #expect(messages["broken-yaml.md"]?.contains("malformed front matter") == true)
        #expect(messages["missing-title.md"]?.contains("no title") == true)
        #expect(messages["not-utf8.md"]?.contains("UTF-8") == true)
        #expect(messages["unclosed.md"]?.contains("no closing") == true)
        #expect(messages["ignored-field.md"]?.contains("'aliases'") == true)
    }

    @Test func hiddenFoldersFragmentsAndOtherFilesAreNotArticles() throws {
        let result = try ContentLoader(directory: LoadingFixtures.folder("Malformed")).load()
        let paths = Set(result.articles.map(\.sourcePath) + result.report.problems.map(\.file))
        #expect(!paths.contains { $0.contains(".drafts") || $0.hasPrefix("includes/") || $0.hasSuffix(".txt") })
    }

    @Test func byteOrderMarkAndCRLFAreHandled() throws {
        let result = try ContentLoader(directory: LoadingFixtures.folder("Malformed")).load()
        let article = try #require(result.articles.first { $0.id == "windows" })
        #expect(article.title == "Windows line ends")
        #expect(article.sections.first?.text == "Saved with a BOM and CRLF.")
    }

    @Test func titleFromTheTitleElementAndIDFromThePath() throws {
        let result = try ContentLoader(directory: LoadingFixtures.folder("Malformed")).load()
        #expect(result.articles.first { $0.id == "good-html" }?.title == "Good HTML article")
        #expect(result.articles.first { $0.id == "nested/deep/page" }?.sourcePath == "nested/deep/page.md")
    }

    @Test func unreadableFileIsReportedAndTheRestLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\ntitle: Fine\n---\n\nText.\n".write(to: folder.appendingPathComponent("fine.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone.md").path, withDestinationPath: "/nonexistent/kb/gone.md")

        let result = try ContentLoader(directory: folder).load()
        #expect(result.articles.map(\.id) == ["fine"])
        #expect(result.report.skipped == 1)
        let problem = try #require(result.report.problems.first)
        #expect(problem.file == "gone.md" && problem.line == 1 && problem.message.hasPrefix("cannot read the file"))
    }

    @Test func missingFolderThrows() {
        #expect(throws: ContentLoader.FolderError.self) {
            try ContentLoader(directory: URL(fileURLWithPath: "/nonexistent/kb-content")).load()
        }
    }

    @Test(arguments: [
        ([UInt8]("ok\u{E9}".utf8), nil), ([0x61, 0xC3], 1), ([0x61, 0xFF], 1), ([0xED, 0xA0, 0x80], 0),
        ([0xF0, 0x9F, 0x98, 0x80], nil), ([0xC0, 0xAF], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
    ] as [([UInt8], Int?)])
    func utf8Validation(bytes: [UInt8], firstInvalid: Int?) {
        #expect(SourceText.firstInvalidUTF8(in: bytes) == firstInvalid)
    }
}
