import Testing
import TestSupport
@testable import KnowledgeBase

@Suite struct SectionPriorsTests {
    /// The byte-by-byte path for ASCII headings gives what the general path gives.
    @Test func asciiHeadingsNormalizeAsTheGeneralPathDoes() {
        var generator = SeededGenerator(state: 17)
        let alphabet = Array("Still stuck? Contact-us: STEP 2 (of 3) cafe_naive\t!")
        for _ in 0..<500 {
            let heading = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let general = String(heading.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " })
            #expect(SectionPriors.normalized(heading) == general, "\(heading)")
        }
        #expect(SectionPriors.normalized("Still stuck?") == "still stuck")
        #expect(SectionPriors.normalized("¿Sigue sin funcionar?") == "sigue sin funcionar")
    }

    /// A closing heading in a fifth of the articles (and at least three) is boilerplate,
    /// whatever its case and punctuation.
    @Test func boilerplateSections() {
        func article(_ id: String, _ headings: [String]) -> Article {
            Article(id: ArticleID(rawValue: id), title: id, category: "registration",
                    sections: headings.enumerated().map { SearchFixtures.section($0.element, "s\($0.offset)", "text") })
        }
        let articles = (0..<5).map { article("a\($0)", ["Why \($0)", $0 < 3 ? "Still stuck?" : "Other \($0)"]) }
            + (5..<10).map { article("a\($0)", ["Why \($0)", "STILL STUCK"]) }
        let priors = SectionPriors.priors(of: articles)
        #expect(priors.count == 20)
        #expect(priors[0] == SectionPriors.neutral)
        #expect(priors[1] == SectionPriors.boilerplate)
        #expect(priors[7] == SectionPriors.neutral)
        #expect(priors[11] == SectionPriors.boilerplate)
    }

    /// A heading that recurs but does not close its article ("How to fix it" between the causes
    /// and "Still stuck?") is a template of article-specific text, not boilerplate; the closing
    /// section keeps its subsections with it.
    @Test func onlyTheClosingPartOfAnArticleIsBoilerplate() {
        func article(_ id: String, _ headings: [(String, Int)]) -> Article {
            Article(id: ArticleID(rawValue: id), title: id, category: "registration",
                    sections: headings.enumerated().map { number, heading in
                        Section(heading: heading.0, level: heading.1, anchor: "s\(number)", text: "text", html: "<p>text</p>")
                    })
        }
        let articles = (0..<5).map { number in
            article("a\(number)", [("", 0), ("Why \(number)", 2), ("How to fix it", 2), ("Step \(number)", 3), ("Still stuck?", 2), ("Call \(number)", 3)])
        }
        let priors = SectionPriors.priors(of: articles)
        #expect(priors.count == 30)
        #expect(priors[0] == SectionPriors.boilerplate, "the lead sums the article up, as its top does")
        #expect(Array(priors[1..<4]) == [SectionPriors.neutral, SectionPriors.neutral, SectionPriors.neutral],
                "a cause and a recurring middle heading with its subsection")
        #expect(priors[4] == SectionPriors.boilerplate, "the recurring closing section")
        #expect(priors[5] == SectionPriors.neutral, "a subsection of the closing section has its own heading")
        #expect(SectionPriors.closingSection(of: articles[0].sections) == 4)
        #expect(SectionPriors.closingSection(of: []) == 0)
    }
}
