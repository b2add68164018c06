import Foundation
import Testing

@testable import KnowledgeBase

/// Item 11 of the hardening issue: backslash links, content ids that could take the page's
/// own ids, and external images.
@Suite struct SanitizerHardeningTests {
    static func load(_ files: [String: String], imageHosts: Set<String> = []) throws -> [ArticleID: Article] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-sanitizer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var loader = ContentLoader(directory: folder)
        loader.allowedImageHosts = imageHosts
        return Dictionary(uniqueKeysWithValues: try loader.load().articles.map { ($0.id, $0) })
    }

    @Test(arguments: ["/\\evil.example/x", "\\\\evil.example/x", "\\/evil.example", " /\\evil.example"])
    func backslashesCountAsSlashes(url: String) {
        #expect(HTMLSanitizer.kind(of: url) == .external)
        #expect(HTMLSanitizer.host(of: url) == "evil.example")
    }

    @Test func backslashLinksGetTheExternalTreatmentAndAreNotArticleLinks() throws {
        let articles = try Self.load(["a.html": #"<title>A</title><p><a href="/\evil.example/x">go</a></p>"#])
        let html = try #require(articles["a"]).html
        #expect(html.contains("rel=\"noopener noreferrer\""), "\(html)")
        #expect(try #require(articles["a"]).links.isEmpty)
    }

    @Test func contentIDsCannotTakeThePagesIDsAndInternalLinksFollow() throws {
        let articles = try Self.load([
            "a.md": "---\nid: a\ntitle: A\n---\n\n## Main {#main}\n\nSee [below](#feedback) and [there](/articles/b#header-q).\n\n<p id=\"feedback\">x</p>\n\n## Header q\n\ntext\n",
            "b.md": "---\nid: b\ntitle: B\n---\n\n<h2 id=\"header-q\">Q</h2>\n\nbody\n",
        ])
        let a = try #require(articles["a"])
        for id in ["main", "feedback", "header-q"] {
            #expect(!a.html.contains("id=\"\(id)\""), "\(a.html)")
        }
        #expect(a.html.contains("id=\"content-main\""))
        #expect(a.html.contains("id=\"content-feedback\""))
        #expect(a.html.contains("href=\"#content-feedback\""), "in-page links follow the prefixed id")
        #expect(a.html.contains("href=\"/articles/b#content-header-q\""), "links to other articles follow too")
        #expect(a.sections.map(\.anchor).contains("content-main"))
        #expect(a.sections.map(\.anchor).contains("content-header-q"), "a heading slug that equals a page id is prefixed")
        let b = try #require(articles["b"])
        #expect(b.html.contains("id=\"content-header-q\""))
        #expect(b.sections.map(\.anchor) .contains("content-header-q"))
    }

    @Test func externalImagesNeedAnAllowedHost() throws {
        let files = ["a.html": #"<title>A</title><p><img src="https://tracker.example/p.gif" alt="chart"><img src="//cdn.example.org/x.png" alt="ok"><img src="local.png" alt="here"></p>"#]
        let strict = try #require(try Self.load(files)["a"]).html
        #expect(!strict.contains("tracker.example"))
        #expect(!strict.contains("cdn.example.org"))
        #expect(strict.contains("chart"), "the alt text stays")
        #expect(strict.contains(#"<img src="local.png" alt="here">"#))
        let allowed = try #require(try Self.load(files, imageHosts: ["cdn.example.org"])["a"]).html
        #expect(allowed.contains("cdn.example.org"))
        #expect(!allowed.contains("tracker.example"))
    }
}
