/// How much a section is worth as the place a hit links to, before any query: a section
/// that explains one of the article's causes (front matter `causes:`) is worth more; a
/// section whose heading recurs across many articles ("Still stuck?", "Contact us") is
/// boilerplate and worth less. `SectionPicker` multiplies its match score by this.
enum SectionPriors {
    static let cause: Float = 1.5
    static let boilerplate: Float = 0.5
    static let neutral: Float = 1

    /// One prior per section, in the forward index's global section order.
    static func priors(of articles: [Article]) -> [Float] {
        var articlesWithHeading: [String: Int] = [:]
        for article in articles {
            for heading in Set(article.sections.map { normalized($0.heading) }) where !heading.isEmpty {
                articlesWithHeading[heading, default: 0] += 1
            }
        }
        // Boilerplate: in at least 3 articles and at least a fifth of them.
        let threshold = max(3, (articles.count + 4) / 5)
        var priors: [Float] = []
        for article in articles {
            let causeAnchors = Set(article.causes.map(\.anchor))
            for section in article.sections {
                if !section.anchor.isEmpty, causeAnchors.contains(section.anchor) {
                    priors.append(cause)
                } else if articlesWithHeading[normalized(section.heading), default: 0] >= threshold {
                    priors.append(boilerplate)
                } else {
                    priors.append(neutral)
                }
            }
        }
        return priors
    }

    private static func normalized(_ heading: String) -> String {
        String(heading.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " })
    }
}
