import Foundation
import Testing
import TestSupport

@testable import KnowledgeBase

/// Flat front matter is read without Yams; what it reads must be exactly what Yams composes.
@Suite("Front matter read without Yams")
struct SimpleFrontMatterTests {
    /// Front matter the simple reader takes.
    static let simple: [String] = [
        "title: Plain title\n",
        "title: \"Quoted: with colon # and hash\"\ndescription: 'It''s single-quoted'\n",
        "title: Can't connect, again [sic] {x}\nms.date: 11/04/2016\nf1_keywords: [\"C2004\", 'C 2005', plain, a b]\nempty_list: []\n",
        "search.appverid: \n  - MET150\n  - 'quoted item'\naudience: ITPro\nms.reviewer: \nappliesto:\n- Top level item\n- \"second\"\nms.custom:   \n",
        "# a comment line\ntitle: x\n\n\nsummary:   spaced value   \nupdated: null\nid: ~\ncategory: \"null\"\n",
        "aliases:\n  - one\n  - two\nrelated: a, b, c\ncontexts: [x, y]\nurl: https://example.com/a#b\n",
        "title: Über café — 日本語 😀\n",
    ]

    /// Front matter left to Yams (what it reads is not simple, or is malformed).
    static let declined: [String] = [
        "title: a\ntitle: b\n",
        "title: multi\n  line plain\n",
        "title: \"escaped \\\" quote\"\n",
        "title: value # trailing comment\n",
        "title: Learn more about: something\n",
        "errors:\n  - id: x\n    message: y\n",
        "title: &anchor x\nsummary: *anchor\n",
        "title: !tag x\n",
        "title: |\n  block\n",
        "list:\n  - a\n\n  - b\n",
        "list:\n  - a\n   - b\n",
        "list: [a, b,]\n",
        "list: [a,\n  b]\n",
        "just a scalar\n",
        "- a list\n- at the top\n",
        "\ttitle: tab\n",
        "title: x\u{85}y\n",
        "\"quoted key\": x\n",
        "key:value\n",
        "C#: a key YAML allows, the simple reader does not\n",
        "",
        "# only a comment\n",
    ]

    @Test func simpleFrontMatterIsWhatYamsReads() throws {
        for yaml in Self.simple {
            let fast = try #require(FrontMatterNode.simple(yaml), "not read simply: \(yaml.debugDescription)")
            let yams = try #require(try ArticleFrontMatter.compose(yaml, firstLine: 2))
            #expect(Self.same(fast, yams), "\(yaml.debugDescription)")
        }
    }

    @Test func otherFrontMatterIsLeftToYams() {
        for yaml in Self.declined {
            #expect(FrontMatterNode.simple(yaml) == nil, "read simply: \(yaml.debugDescription)")
        }
    }

    @Test func repeatedKeysStillFail() {
        #expect(throws: ArticleFrontMatter.Failure.self) { try ArticleFrontMatter(yaml: "title: a\ntitle: b\n", firstLine: 2) }
    }

    @Test func contentFrontMatterIsWhatYamsReads() throws {
        let counts = try Self.compareFolder(RepoPaths.content)
        #expect(counts.files >= 60)
        #expect(counts.simple > 0)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: RepoPaths.msdocs.path)))
    func msdocsFrontMatterIsWhatYamsReads() throws {
        let counts = try Self.compareFolder(RepoPaths.msdocs)
        #expect(counts.files >= 4_900)
        #expect(counts.simple >= counts.files * 9 / 10, "only \(counts.simple) of \(counts.files) read simply")
    }

    // MARK: Helpers

    /// Compares the simple read with Yams' for every front matter under `folder`.
    static func compareFolder(_ folder: URL) throws -> (files: Int, simple: Int) {
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var files = 0
        var simple = 0
        for case let url as URL in enumerator where ["md", "html"].contains(url.pathExtension) {
            let bytes = [UInt8](try Data(contentsOf: url))
            guard let yaml = try ArticleFrontMatter.split(bytes).yaml else { continue }
            files += 1
            guard let fast = FrontMatterNode.simple(yaml) else { continue }
            simple += 1
            let yams = try #require(try ArticleFrontMatter.compose(yaml, firstLine: 2), "\(url.path)")
            #expect(same(fast, yams), "\(url.path)")
        }
        return (files, simple)
    }

    /// Nodes equal in kind, text, plainness and lines.
    static func same(_ a: FrontMatterNode, _ b: FrontMatterNode) -> Bool {
        switch (a, b) {
        case let (.scalar(x, xPlain, xLine), .scalar(y, yPlain, yLine)):
            return x == y && xPlain == yPlain && xLine == yLine
        case let (.sequence(x, xLine), .sequence(y, yLine)):
            return xLine == yLine && x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case let (.mapping(x, _), .mapping(y, _)):
            return x.count == y.count
                && zip(x, y).allSatisfy { $0.key == $1.key && $0.keyLine == $1.keyLine && same($0.value, $1.value) }
        default:
            return false
        }
    }
}
