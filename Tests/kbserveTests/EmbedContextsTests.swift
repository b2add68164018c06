import Foundation
import KnowledgeBase
import Testing
import TestSupport

@testable import kbserve

/// Front matter `contexts:` (the app routes an article helps with): loaded from Markdown and
/// HTML, checked as route names with file and line, kept from staff guides, and the same in a
/// translation as in its original.
@Suite struct EmbedContextsTests {
    static let article = """
        ---
        id: dob
        title: Date of birth is incorrect
        category: registration
        contexts:
          - registration/verify-identity
          - Registration/Verify Identity
          - registration//verify
          - sign-in
        ---

        Type it as MM/DD/YYYY.
        """

    static func validation(_ files: [String: String]) throws -> (ContentValidation, URL) {
        let directory = try StorageTests.temporaryDirectory()
        for (path, text) in files { try TranslationTests.write(text, to: path, in: directory) }
        return (try ContentValidation(directory: directory), directory)
    }

    @Test func contextsLoadFromMarkdownAndHTML() throws {
        let html = """
            <html><head><title>Messages</title><meta name="id" content="messages">
            <meta name="contexts" content="messaging, messaging/inbox"></head><body><p>Read them.</p></body></html>
            """
        let markdown = "---\nid: pin\ntitle: PIN\ncontexts: registration/verify-identity, registration/security-code\n---\n\nType it.\n"
        let (validation, directory) = try Self.validation(["messaging/messages.html": html, "registration/pin.md": markdown])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(validation.errors.isEmpty, "\(validation.errors.map(\.description))")
        #expect(validation.knowledgeBase.article("messages")?.contexts == ["messaging", "messaging/inbox"])
        #expect(validation.knowledgeBase.article("pin")?.contexts == ["registration/verify-identity", "registration/security-code"])
    }

    @Test func malformedContextsAreErrorsAtTheirLine() throws {
        let (validation, directory) = try Self.validation(["registration/dob.md": Self.article])
        defer { try? FileManager.default.removeItem(at: directory) }
        let errors = validation.errors.map(\.description)
        #expect(errors.contains { $0.hasPrefix("registration/dob.md:7: error: context 'Registration/Verify Identity' is not an app route") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("registration/dob.md:8: error: context 'registration//verify' is not an app route") }, "\(errors)")
        #expect(errors.count == 2, "the well-formed routes are fine: \(errors)")
    }

    @Test func staffGuidesCannotHaveContexts() throws {
        let staff = "---\nid: staff-pin\ntitle: Where the PIN is\naudience: staff\ncontexts: [registration/verify-identity]\n---\n\nIn the EHR.\n"
        let (validation, directory) = try Self.validation(["staff/staff-pin.md": staff])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(validation.errors.map(\.description).contains { $0.hasPrefix("staff/staff-pin.md:5: error: a staff article cannot have 'contexts'") })
    }

    @Test func aTranslationKeepsTheOriginalsContexts() throws {
        let original = "---\nid: pin\ntitle: PIN\ncontexts: [registration/verify-identity]\n---\n\nType it.\n"
        let translated = "---\nid: pin\ntitle: El PIN\ncontexts: [registro/verificar-identidad]\n---\n\nEscríbalo.\n"
        let (validation, directory) = try Self.validation(["registration/pin.md": original, "es/registration/pin.md": translated])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(validation.errors.map(\.description) == [
            "es/registration/pin.md:4: error: its contexts (app routes) differ from the original's: routes are not translated"
        ])
    }

    @Test func appRoutesAreNamesNotValues() {
        #expect((try? AppRoute.parse("/registration/verify-identity/").get())?.rawValue == "registration/verify-identity")
        #expect((try? AppRoute.parse("sign-in").get())?.words == "sign in")
        for text in ["", "a b", "jane@example.com", "registration//x", "Sign-In", "dob=01/02/1990", String(repeating: "a", count: 101)] {
            #expect((try? AppRoute.parse(text).get()) == nil, "\(text)")
        }
    }

    @Test func theShippedContentNamesTheRegistrationStepsInBothLanguages() throws {
        let validation = try ContentValidation(directory: RepoPaths.content)
        #expect(validation.errors.isEmpty, "\(validation.errors.map(\.description))")
        let verify = validation.knowledgeBase.articles(visibleTo: .patient).filter { $0.contexts.contains("registration/verify-identity") }.map(\.id)
        #expect(Set(verify) == ["date-of-birth-incorrect", "invalid-pin-or-security-code", "phone-number-does-not-match"])
        let spanish = try #require(validation.translations[.es])
        for article in validation.knowledgeBase.articles {
            #expect(spanish.article(article.id)?.contexts ?? article.contexts == article.contexts, "\(article.id)")
        }
    }
}
