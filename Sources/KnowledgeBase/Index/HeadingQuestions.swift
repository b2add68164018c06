/// Per section, the question words its heading names (`QuestionWords.named`: "Why you got
/// it", "Who to contact"), and per question word how many articles have a heading naming
/// it. `SectionPicker` counts a heading that names the question the query asks like a query
/// word in the heading, with that word's idf over the articles' headings.
struct HeadingQuestions: Sendable {
    /// In the forward index's global section order.
    let sections: [QuestionWords]
    /// In `QuestionWords.each` order.
    let articleCounts: [Int]

    init(articles: [Article]) {
        var sections: [QuestionWords] = []
        var articleCounts = [Int](repeating: 0, count: QuestionWords.each.count)
        for article in articles {
            var named: QuestionWords = []
            for section in article.sections {
                let words = section.heading.isEmpty ? [] : QuestionWords.named(in: section.heading)
                sections.append(words)
                named.formUnion(words)
            }
            for (bit, word) in QuestionWords.each.enumerated() where named.contains(word) { articleCounts[bit] += 1 }
        }
        self.sections = sections
        self.articleCounts = articleCounts
    }
}
