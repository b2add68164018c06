/// How much a section is worth as the place a hit links to, before any query: the lead
/// (the text before the first heading, which sums the article up, as the top of the page
/// it links to already shows) and a closing section whose heading recurs across many
/// articles ("Still stuck?", "Next steps") are worth less; among the others, a cause, a fix
/// or a step, the query's words decide. `SectionPicker` multiplies its match score by this.
enum SectionPriors {
    static let boilerplate: Float = 0.5
    static let neutral: Float = 1

    /// One prior per section, in the forward index's global section order.
    static func priors(of articles: [Article]) -> [Float] {
        // Each heading normalized once.
        let headings = articles.map { $0.sections.map { normalized($0.heading) } }
        var articlesWithHeading: [String: Int] = [:]
        for articleHeadings in headings {
            for heading in Set(articleHeadings) where !heading.isEmpty {
                articlesWithHeading[heading, default: 0] += 1
            }
        }
        // Boilerplate: in at least 3 articles and at least a fifth of them.
        let threshold = max(3, (articles.count + 4) / 5)
        var priors: [Float] = []
        for (article, articleHeadings) in zip(articles, headings) {
            let closing = closingSection(of: article.sections)
            for (number, (section, heading)) in zip(article.sections, articleHeadings).enumerated() {
                let isLead = section.level == 0
                let isClosingBoilerplate = number >= closing && articlesWithHeading[heading, default: 0] >= threshold
                priors.append(isLead || isClosingBoilerplate ? boilerplate : neutral)
            }
        }
        return priors
    }

    /// The first section of the article's last part: its last section of the top heading
    /// level, with the subsections under it.
    static func closingSection(of sections: [Section]) -> Int {
        let top = sections.lazy.filter { $0.level > 0 }.map(\.level).min() ?? 0
        return sections.lastIndex { $0.level > 0 && $0.level == top } ?? sections.count
    }

    /// Lower case, letters, digits and spaces only. ASCII headings (nearly all) byte by byte.
    static func normalized(_ heading: String) -> String {
        if heading.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(heading.utf8.count)
            for byte in heading.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "): bytes.append(byte)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(heading.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " })
    }
}
