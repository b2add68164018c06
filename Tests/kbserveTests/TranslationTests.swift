import Foundation
import KnowledgeBase
import Logging
import Testing
import TestSupport

@testable import kbserve

/// Translations under `Content/<language>/`: loaded as their own edition, checked against
/// their originals, and the shipped Spanish content is complete and clean.
@Suite struct TranslationTests {
    static func write(_ text: String, to path: String, in directory: URL) throws {
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static let original = """
        ---
        id: invalid-pin
        title: Invalid PIN
        category: registration
        updated: 2026-11-20
        errors:
          - id: invalid-pin
            message: Invalid PIN
        causes:
          - id: pin-mistyped
            anchor: the-pin-was-mistyped
            errors: [invalid-pin]
            default: true
            explanation: "The PIN did not match."
            steps: ["Type the PIN again."]
            reply: "Hi, please type the PIN again."
        ---

        ## The PIN was mistyped

        Type it again.
        """

    @Test func theSpanishContentIsCompleteAndClean() throws {
        let validation = try ContentValidation(directory: RepoPaths.content)
        #expect(validation.errors.isEmpty, "\(validation.errors.map(\.description))")
        let spanish = try #require(validation.translations[.es])
        #expect(spanish.language == .es)
        #expect(Set(spanish.articles.map(\.id)) == Set(validation.knowledgeBase.articles.map(\.id)), "every article is translated")
        #expect(!validation.knowledgeBase.articles.contains { $0.sourcePath.hasPrefix("es/") }, "translations are not originals")
        // Spanish queries typed without accents find Spanish articles.
        let hits = spanish.search(SearchRequest(query: "olvide mi contrasena")).hits
        #expect(hits.first?.id == "reset-password", "\(hits.map(\.id))")
    }

    @Test func aTranslationMustMatchItsOriginal() throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.original, to: "registration/invalid-pin.md", in: directory)
        let changed = Self.original
            .replacingOccurrences(of: "title: Invalid PIN", with: "title: PIN no válido")
            .replacingOccurrences(of: "anchor: the-pin-was-mistyped", with: "anchor: el-pin-se-escribio-mal")
            .replacingOccurrences(of: "## The PIN was mistyped", with: "## El PIN se escribió mal")
            .replacingOccurrences(of: "updated: 2026-11-20", with: "updated: 2026-10-01")
        try Self.write(changed, to: "es/registration/invalid-pin.md", in: directory)
        try Self.write(Self.original.replacingOccurrences(of: "id: invalid-pin\ntitle", with: "id: no-original\ntitle"),
                       to: "es/registration/no-original.md", in: directory)
        let validation = try ContentValidation(directory: directory)
        let messages = validation.problems.map { "\($0.file): \($0.severity.rawValue): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("es/registration/invalid-pin.md: error: cause 'pin-mistyped': anchor 'el-pin-se-escribio-mal' differs") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("es/registration/invalid-pin.md: warning: updated 2026-10-01, before the original") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("es/registration/no-original.md: error: translation of 'no-original', which has no original") }, "\(messages)")
        #expect(validation.knowledgeBase.articles.map(\.id) == ["invalid-pin"], "the es/ folder holds no originals")
    }

    /// The app opens the panel at any section (`kbHelp('open', {article, anchor})`), not only at a
    /// cause's: a translation keeps every anchor of its original, or says which one it lost.
    @Test func aTranslationKeepsEverySectionAnchor() throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = Self.original + "\n\n## Still stuck?\n\nCall the office.\n"
        try Self.write(original, to: "registration/invalid-pin.md", in: directory)
        let translated = original
            .replacingOccurrences(of: "## The PIN was mistyped", with: "## El PIN se escribió mal {#the-pin-was-mistyped}")
            .replacingOccurrences(of: "## Still stuck?", with: "## ¿Sigue con problemas?")
        try Self.write(translated, to: "es/registration/invalid-pin.md", in: directory)
        let messages = try ContentValidation(directory: directory).problems.map { "\($0.file): \($0.severity.rawValue): \($0.message)" }
        #expect(messages == ["es/registration/invalid-pin.md: error: section '#still-stuck' of the original is missing: "
            + "the app's links to it would open this translation at its top"], "\(messages)")

        try Self.write(translated.replacingOccurrences(of: "## ¿Sigue con problemas?", with: "## ¿Sigue con problemas? {#still-stuck}"),
                       to: "es/registration/invalid-pin.md", in: directory)
        #expect(try ContentValidation(directory: directory).problems.isEmpty)
    }

    @Test func aTranslationWithTheSameCausesAndAnchorsIsClean() throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.original, to: "registration/invalid-pin.md", in: directory)
        let translated = Self.original
            .replacingOccurrences(of: "title: Invalid PIN", with: "title: PIN no válido")
            .replacingOccurrences(of: "## The PIN was mistyped", with: "## El PIN se escribió mal {#the-pin-was-mistyped}")
            .replacingOccurrences(of: "The PIN did not match.", with: "El PIN no coincidió.")
        try Self.write(translated, to: "es/registration/invalid-pin.md", in: directory)
        let validation = try ContentValidation(directory: directory)
        #expect(validation.problems.isEmpty, "\(validation.problems.map(\.description))")
        let spanish = try #require(validation.translations[.es]?.article("invalid-pin"))
        #expect(spanish.title == "PIN no válido")
        #expect(spanish.section(anchor: "the-pin-was-mistyped")?.heading == "El PIN se escribió mal")
    }
}
