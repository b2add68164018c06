import Testing
import TestSupport
@testable import KnowledgeBase

/// A question about the site itself ("what is this portal", "what the website is for") ranks
/// the article whose heading asks what the site is first (`SiteQuestion`): the site's name and
/// its generic words are in nearly every article, so word for word the question says nothing.
@Suite struct SiteQuestionTests {
    static let articles: [Article] = [
        Article(id: "how-it-works", title: "I need help with Patient Fusion: how does it work?", category: "getting-help",
                sections: [SearchFixtures.section("What is Patient Fusion?", "what-is-patient-fusion",
                                                  "Patient Fusion is a patient portal. It is a secure website for your health records."),
                           SearchFixtures.section("How do I get access?", "how-to-get-access", "Your doctor's office invites you.")]),
        // Say the site's words and the doctor's more often than the overview does.
        SearchFixtures.article("invitation", "Why did I get a Patient Fusion invitation?", category: "registration",
                               text: "Your doctor uses the portal website. The portal website emails you. Your doctor told the portal "
                                   + "your email. The website says your doctor signed you up for the portal."),
        SearchFixtures.article("phone", "Phone number does not match", category: "registration",
                               text: "The portal phone number must match the number your doctor's office has. Type the phone number "
                                   + "without spaces. The portal website checks the phone number."),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles), ranking: KnowledgeBase.ranking())
    /// The same articles without the help center's site name and word: no site question is read.
    static let plain = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))

    static func first(_ query: String, _ searcher: Searcher = searcher) -> String? {
        searcher.search(SearchRequest(query: query)).hits.first?.id.rawValue
    }

    @Test(arguments: ["what is this portal my doctor signed me up for", "what is this website", "whats the patient portal",
                      "pt asking what patient fusion is", "can someone explain what this portal thing is",
                      "my clinic sent me to a website, what is it? what is this website", "how does this portal work",
                      "can you explain how this website works"])
    func aQuestionAboutTheSiteFindsTheArticleThatSaysWhatItIs(query: String) {
        #expect(Self.first(query) == "how-it-works")
    }

    @Test func withoutTheSiteReadTheSameQuestionsGoElsewhere() {
        // What the reader changes: the invitation article says the words more often.
        #expect(Self.first("what is this portal my doctor signed me up for", Self.plain) == "invitation")
        #expect(Self.first("what is this portal my doctor signed me up for") == "how-it-works")
    }

    @Test(arguments: ["what is the portal phone number", "what is the website phone number format"])
    func theSiteAsAModifierIsNotTheQuestion(query: String) {
        // "portal" before "phone" says which phone number: the question is about the number.
        #expect(Self.first(query) == "phone")
    }

    @Test func theReaderNeedsAWhatBeforeTheSite() throws {
        let index = Self.searcher.index
        let reader = Self.searcher.siteQuestion
        #expect(reader.articles == [0])
        func asks(_ text: String) -> Bool {
            reader.isAsked(in: index.analyzeWords(text, keepsStopWords: true), text: text, filter: index.synonymFilter)
        }
        #expect(asks("what is patient fusion"))
        #expect(asks("what's the portal for"))
        #expect(!asks("the portal is down"))
        #expect(!asks("what happened to the portal phone number"))
        #expect(!asks("what is my portal username"))
        // Punctuation ends the question; without it the next word is what the site modifies.
        #expect(asks("what is this website? cant sign in"))
        #expect(!asks("what is this website cant sign in"))
        // A "how" asks about the site only when it asks how the site works.
        #expect(asks("how does the website work"))
        #expect(!asks("how do i use the portal to book"))
        #expect(!asks("how is the portal down"))
    }

    @Test func theExplanationSaysTheQueryAsksWhatTheSiteIs() throws {
        let results = Self.searcher.search(SearchRequest(query: "what is this website", explain: true))
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains("(the query asks what the site is)") == true)
        #expect(first.anchor == "what-is-patient-fusion")
    }

    @Test func aCollectionWithoutTheHeadingHasNoSiteQuestion() {
        let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(Array(Self.articles.dropFirst())), ranking: KnowledgeBase.ranking())
        #expect(searcher.siteQuestion.articles.isEmpty)
    }

    /// The help center's own articles, in both languages: the heading "What is Patient Fusion?"
    /// and "¿Qué es Patient Fusion?" are found, and the questions land on them.
    @Test func theHelpCentersArticlesAnswerInBothLanguages() throws {
        let english = try ContentFixture.knowledgeBase()
        let spanish = try ContentFixture.spanishKnowledgeBase()
        for (knowledgeBase, query) in [(english, "can someone explain what this portal thing is"),
                                       (spanish, "qué es eso de patient fusion que me dijo la recepcionista")] {
            let first = knowledgeBase.search(SearchRequest(query: query)).hits.first
            #expect(first?.id == "how-patient-fusion-works", "\(query)")
            #expect(first?.anchor == "what-is-patient-fusion", "\(query)")
        }
        // Spanish puts the verb first: "cómo funciona el portal"; "para qué sirve" asks what it is for.
        for query in ["cómo funciona el portal", "para qué sirve patient fusion"] {
            #expect(spanish.search(SearchRequest(query: query)).hits.first?.id == "how-patient-fusion-works", "\(query)")
        }
    }
}
