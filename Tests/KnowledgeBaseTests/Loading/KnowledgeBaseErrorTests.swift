import Foundation
import Testing
@testable import KnowledgeBase

/// Looking a portal error up by id, and the line of each `when:` line a cause declares.
@Suite struct KnowledgeBaseErrorTests {
    static let knowledgeBase = KnowledgeBase(articles: [
        Article(id: "pin", title: "PIN", errors: [ErrorMessage(id: "invalid-pin", message: "Invalid PIN")]),
        Article(id: "codes", title: "Codes", errors: [
            ErrorMessage(id: "invalid-security-code", message: "Invalid security code"),
            ErrorMessage(id: "invalid-pin", message: "The PIN you entered is not valid"),
        ]),
    ])

    @Test func anErrorIsFoundByIdInTheFirstArticleThatExplainsIt() {
        #expect(Self.knowledgeBase.error("invalid-security-code")?.message == "Invalid security code")
        #expect(Self.knowledgeBase.article(explaining: "invalid-security-code")?.id == "codes")
        // Articles are sorted by id: "codes" comes before "pin".
        #expect(Self.knowledgeBase.error("invalid-pin")?.message == "The PIN you entered is not valid")
        #expect(Self.knowledgeBase.article(explaining: "invalid-pin")?.id == "codes")
        #expect(Self.knowledgeBase.error("no-such-error") == nil)
        #expect(Self.knowledgeBase.article(explaining: "no-such-error") == nil)
    }

    @Test func eachWhenLineKeepsItsLine() throws {
        let text = """
            ---
            id: pin
            title: PIN
            causes:
              - id: first
                anchor: a
                when: ["pin.present"]
              - id: second
                anchor: b
                when:
                  - "pin.digits == 5"
                  - "pin.hasLetters"
            ---

            Body.
            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kb-when-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent("pin.md"), atomically: true, encoding: .utf8)
        let lines = try #require(try ContentLoader(directory: directory).load().fieldLines["pin.md"])
        #expect(lines.line(ofCondition: 0, cause: "second", causeIndex: 1) == 11)
        #expect(lines.line(ofCondition: 1, cause: "second", causeIndex: 1) == 12)
        #expect(lines.line(ofCondition: 0, cause: "first", causeIndex: 0) == 7)
        // Past the cause's lines, the cause's own entry.
        #expect(lines.line(ofCondition: 5, cause: "second", causeIndex: 1) == 8)
    }
}
