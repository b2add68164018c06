import Testing
@testable import KnowledgeBase

/// The section a hit links to (`SectionPicker`) weighs each query word as the ranking does: an
/// expansion (a prefix completion, a synonym, a correction) counts with the typed word's idf,
/// so a rare expansion cannot pull the link away from the section with the word as typed; a
/// phrase's words count together; between a cause and its fix, the words decide; and a
/// heading that names the question asked ("Why this happens" for "why …") is its answer.
@Suite struct SectionChoiceTests {
    static let articles: [Article] = [
        Article(id: "entering-your-pin", title: "Entering the code", category: "registration", sections: [
            // "pinch" completes the typed "pin" and is in no other article: rarer than "pin".
            SearchFixtures.section("In the kitchen", "kitchen", "Add a pinch of salt while you wait for the letter."),
            SearchFixtures.section("Where it goes", "where-it-goes", "Type the pin from the letter in the first box."),
        ]),
    ] + (1...5).map { SearchFixtures.article(ArticleID("pin-\($0)"), "Topic \($0)", category: "registration", text: "A pin, note \($0).") }
        + (1...6).map { SearchFixtures.article(ArticleID("other-\($0)"), "Other \($0)", category: "registration", text: "Nothing here \($0).") }

    static let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))

    @Test func aRareExpansionDoesNotPullTheLinkFromTheTypedWord() throws {
        let query = Self.searcher.parser.parse("pin")
        let kinds = query.clauses.flatMap(\.alternatives).map(\.kind)
        try #require(kinds.contains(.exact) && kinds.contains(.prefix), "the test needs 'pin' as typed and a completion of it")
        // By its own rarity the completion would outweigh the typed word: 0.4 × idf(1 of 12) > idf(6 of 12).
        let scorer = Self.searcher.scorer
        #expect(0.4 * scorer.idf(documentFrequency: 1) > scorer.idf(documentFrequency: 6))
        let hit = try #require(Self.searcher.search(SearchRequest(query: "pin")).hits.first { $0.id == "entering-your-pin" })
        #expect(hit.anchor == "where-it-goes")
        #expect(hit.snippet.contains("<mark>pin</mark>"))
    }

    /// A phrase's words count together: the section with every word of "sign out" beats the
    /// one with "sign" alone, though both have a word of it in the heading.
    @Test func aSectionWithTheWholePhraseBeatsOneWithAWordOfIt() throws {
        let articles = [
            Article(id: "sign-in-and-out", title: "Your account", category: "signing-in", sections: [
                SearchFixtures.section("How to sign in", "how-to-sign-in", "Open the page and type your password."),
                SearchFixtures.section("How to sign out", "how-to-sign-out", "Use the menu at the top."),
            ]),
        ] + (1...4).map { SearchFixtures.article(ArticleID("other-\($0)"), "Other \($0)", category: "registration", text: "Nothing here \($0).") }
        let searcher = Searcher(index: IndexBuilder(synonyms: try SynonymTable(parsing: "logoff => sign out")).build(articles))
        let hit = try #require(searcher.search(SearchRequest(query: "logoff", explain: true)).hits.first)
        #expect(hit.anchor == "how-to-sign-out")
        // The explanation shows the choice with the values that made it.
        let section = try #require(hit.explanation?.details.last)
        #expect(section.description.hasPrefix("section #how-to-sign-out"))
        let scores = Dictionary(uniqueKeysWithValues: section.details.map { ($0.description.prefix { $0 != ":" }, $0.value) })
        #expect(try #require(scores["#how-to-sign-out"]) > #require(scores["#how-to-sign-in"]))
        #expect(section.value == scores["#how-to-sign-out"])
    }

    /// A section that explains a cause has no head start over the fix: the section with more
    /// of the query's words is the link ("new link" goes to the fix that gives a new link).
    @Test func theQuerysWordsDecideBetweenACauseAndItsFix() throws {
        let articles = [
            Article(id: "link-used", title: "Your link", category: "registration",
                    causes: [CauseDefinition(id: "used-once", anchor: "cause-one", errors: [], isDefault: true, when: [])], sections: [
                        SearchFixtures.section("Cause one", "cause-one", "The link works once."),
                        SearchFixtures.section("What to do", "fix", "Ask the office for a new link."),
                    ]),
        ] + (1...4).map { SearchFixtures.article(ArticleID("new-\($0)"), "Other \($0)", category: "registration", text: "A new note \($0).") }
            + (1...3).map { SearchFixtures.article(ArticleID("other-\($0)"), "Other \($0)", category: "registration", text: "Nothing \($0).") }
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))
        let hit = try #require(searcher.search(SearchRequest(query: "new link")).hits.first { $0.id == "link-used" })
        #expect(hit.anchor == "fix")
    }

    /// An article of more than 64 sections (beyond the postings' section masks) is read from its
    /// tokens, 64 sections at a time, and scored and explained as any other: a phrase's words
    /// together ("sign out", a synonym phrase, matched as typed), the question asked, every
    /// matching section listed.
    @Test func anArticleOfMoreThan64SectionsIsScoredAsAnyOther() throws {
        let filler = (0..<66).map { SearchFixtures.section("Part \($0)", "part-\($0)", "Some words about part \($0).") }
        let articles = [
            Article(id: "long-guide", title: "A long guide", category: "signing-in", sections: filler + [
                SearchFixtures.section("How to sign in", "how-to-sign-in", "Open the page and type your password."),
                SearchFixtures.section("How to sign out", "how-to-sign-out", "Use the menu at the top."),
                SearchFixtures.section("Why this happens", "why-this-happens", "The session ends after an hour."),
            ]),
        ] + (1...4).map { SearchFixtures.article(ArticleID("other-\($0)"), "Other \($0)", category: "registration", text: "Nothing here \($0).") }
        let searcher = Searcher(index: IndexBuilder(synonyms: try SynonymTable(parsing: "sign out, logoff")).build(articles))
        for (query, anchor) in [("sign out", "how-to-sign-out"), ("why does my session end", "why-this-happens")] {
            let hit = try #require(searcher.search(SearchRequest(query: query, explain: true)).hits.first)
            #expect(hit.id == "long-guide")
            #expect(hit.anchor == anchor, "\(query)")
            let section = try #require(hit.explanation?.details.last)
            #expect(section.description.hasPrefix("section #\(anchor)"))
            #expect(section.details.contains { $0.description.hasPrefix("#\(anchor)") }, "every matching section is listed")
        }
    }

    /// Question words are stop words, so by the words alone every section below ties and the
    /// first would be the link; the heading that names the question asked wins instead, and
    /// a question word that only starts a relative clause ("when i signed up") asks nothing.
    @Test(arguments: [
        ("why did i get an invite", "why-this-happens"),
        ("how do i get an invite", "how-to-fix-it"),
        ("got an invite when i signed up, why", "why-this-happens"),
        ("got an invite when i signed up", "when-it-comes"),
    ])
    func theHeadingThatNamesTheQuestionAskedIsTheLink(_ query: String, _ anchor: String) throws {
        let articles = [
            Article(id: "invites", title: "Your invitation", category: "registration", sections: [
                SearchFixtures.section("When it comes", "when-it-comes", "The invite is an email."),
                SearchFixtures.section("Why this happens", "why-this-happens", "The office sent the invite."),
                SearchFixtures.section("How to fix it", "how-to-fix-it", "Ask the office to send the invite again."),
            ]),
        ] + (1...5).map { SearchFixtures.article(ArticleID("other-\($0)"), "Other \($0)", category: "registration", text: "Nothing here \($0).") }
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))
        let hit = try #require(searcher.search(SearchRequest(query: query, explain: true)).hits.first)
        #expect(hit.id == "invites")
        #expect(hit.anchor == anchor)
        let section = try #require(hit.explanation?.details.last)
        #expect(section.description.hasPrefix("section #\(anchor)"))
        // The explanation names the question where it counted: not for "when" as a conjunction.
        let chosen = try #require(section.details.first { $0.description.hasPrefix("#\(anchor)") })
        let question = chosen.details.first { $0.description.hasPrefix("the heading names the question asked") }
        #expect((question != nil) == (anchor != "when-it-comes"))
    }
}
