import Testing

@testable import KnowledgeBase

@Suite("Article links")
struct LinkResolverTests {
    @Test func articleLinks() throws {
        let resolver = LinkResolver(sourcePath: "signing-in/reset.md")
        let absolute = try #require(resolver.resolve("/articles/invalid-pin#pin-expired"))
        #expect(absolute.target == "invalid-pin" && absolute.anchor == "pin-expired" && !absolute.isPath)
        let relative = try #require(resolver.resolve("../registration/invalid-pin.md#x"))
        #expect(relative.target == "registration/invalid-pin" && relative.anchor == "x" && relative.isPath)
        #expect(relative.href == "/articles/registration/invalid-pin#x")
        #expect(resolver.resolve("sibling")?.target == "signing-in/sibling")
        #expect(resolver.resolve("page.html?x=1")?.target == "signing-in/page")
        for notAnArticle in ["#top", "https://example.com/a.md", "//cdn.example/x.md", "/troubleshoot/x", "../../outside.md",
                             "image.png", "mailto:a@example.com", "/articles/"] {
            #expect(resolver.resolve(notAnArticle) == nil, "\(notAnArticle)")
        }
    }
}
