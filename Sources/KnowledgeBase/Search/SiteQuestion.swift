/// A question about the site itself: "what is this portal", "whats patient fusion", "what the
/// website is for", "can someone explain what this portal thing is", "how does the patient
/// portal work", "qué es eso de patient fusion", "cómo funciona el portal". People who were
/// sent to the portal ask what it is before anything else; the answer is the article with the
/// heading that asks it ("What is Patient Fusion?"), the way a query that restates a label
/// ranks that label's article first (`PhraseLevel.labelAsTyped`).
///
/// Word for word the question says little: "what" and "is" are stop words, and the site's
/// name and its generic words ("portal", "website") are in nearly every article, so they never
/// make a match alone (`RankingParameters.siteName`). Read as a question, it asks one thing.
///
/// The reader: a "what" ("what", "whats", "what's"; Spanish "qué es", "para qué sirve") or a
/// "how" ("how", "cómo"), then at most three stop words ("is this", "does the"), then the site:
/// its name, or a word the synonyms read as the site's generic word (`siteWord`: "website",
/// "site", "patient portal"), then, unless the text ends there, a stop word, punctuation or a
/// vague noun ("thing"). A word after the site that is none of these makes the site a modifier
/// of what is asked about ("what is the portal phone number"), which is not this question. A
/// "how" asks about the site only with the verb "work", before or after the site ("how does
/// the portal work", "cómo funciona el portal"): "how do i use the portal to book" asks about
/// booking. `QuestionWords`' forms are not these: there "which" and "cuál" ask too (to choose,
/// not what something is), and "what" counts only where a clause starts, while here it counts
/// anywhere ("pt asking what patient fusion is").
struct SiteQuestion: Sendable {
    /// The surface forms of the site's name ("patient", "fusion").
    let nameSurfaces: [String]
    /// The word key of the articles' generic word for the site (`RankingParameters.siteWord`).
    let siteWordKey: String?
    let siteWord: String
    /// The articles with a heading that asks what the site is: a "what" heading whose words
    /// besides stop words are the site's name ("What is Patient Fusion?"), ascending.
    let articles: [Int32]

    /// Forms of "what" that open the question; "que" and "qué" only before "es" or "sirve"
    /// ("¿para qué sirve el portal?": what is it for).
    static let whatForms: Set<String> = ["what", "whats", "what's", "what’s"]
    static let spanishWhatForms: Set<String> = ["qué", "que"]
    static let spanishIs: Set<String> = ["es", "sirve"]
    /// Forms of "how" that open the question, which must then say how the site works.
    static let howForms: Set<String> = ["how", "cómo", "como"]
    /// The verb of "how does it work", "cómo funciona".
    static let workForms: Set<String> = ["work", "works", "funciona", "funcionan"]
    /// Nouns that name nothing, said after the site ("this patient fusion thing").
    static let vagueNouns: Set<String> = ["thing", "cosa"]
    static let maxWordsBefore = 3

    init(index: InvertedIndex, ranking: RankingParameters, siteNameTerms: Set<Int32>) {
        nameSurfaces = ranking.siteName.isEmpty ? [] : index.analyzer.surfaceWords(ranking.siteName)
        siteWord = ranking.siteWord
        siteWordKey = ranking.siteWord.isEmpty ? nil : index.synonymFilter.wordKey(ofSurface: ranking.siteWord)
        // The index already holds each heading's question words and terms, by section.
        var articles: [Int32] = []
        if !siteNameTerms.isEmpty {
            for document in index.articles.indices where index.forward.sections(ofDocument: document).contains(where: { section in
                index.headingQuestions.sections[section].contains(.what)
                    && Set(index.forward.headingTerms(ofSection: section)) == siteNameTerms
            }) {
                articles.append(Int32(document))
            }
        }
        self.articles = articles
    }

    /// Whether `words` (a query's words as typed, stop words kept, in order) ask what the site
    /// is or how it works; `text` is the query they were read from.
    func isAsked(in words: [AnalyzedWord], text: String, filter: SynonymFilter) -> Bool {
        guard !articles.isEmpty else { return false }
        for (position, word) in words.enumerated() where Self.mayOpen(word.surface) {
            var next = position + 1
            let asksHow = Self.howForms.contains(word.surface)
            if Self.spanishWhatForms.contains(word.surface) {
                guard next < words.count, Self.spanishIs.contains(words[next].surface) else { continue }
                next += 1
            } else if !asksHow && !Self.whatForms.contains(word.surface) {
                continue
            }
            // Stop words, and the verb of "cómo funciona el portal", between the question and the site.
            var saysWork = false
            var skipped = 0
            while next < words.count, skipped < Self.maxWordsBefore, words[next].terms.isEmpty || Self.workForms.contains(words[next].surface) {
                saysWork = saysWork || Self.workForms.contains(words[next].surface)
                next += 1
                skipped += 1
            }
            guard let length = siteLength(at: next, in: words, filter: filter) else { continue }
            var after = next + length
            if after < words.count, Self.vagueNouns.contains(words[after].surface) { after += 1 }
            if after < words.count, Self.workForms.contains(words[after].surface) {
                saysWork = true
                after += 1
            }
            guard !asksHow || saysWork else { continue }
            if after == words.count || words[after].terms.isEmpty || Self.hasPunctuation(text, from: words[after - 1].end, to: words[after].start) {
                return true
            }
        }
        return false
    }

    /// Whether `surface` may be one of the question's opening words: their first bytes and
    /// lengths, checked before any of them is hashed (every word of every query is asked).
    @inline(__always)
    private static func mayOpen(_ surface: String) -> Bool {
        let count = surface.utf8.count
        guard count >= 3, count <= 8, let first = surface.utf8.first else { return false }
        return first == UInt8(ascii: "w") || first == UInt8(ascii: "h") || first == UInt8(ascii: "q") || first == UInt8(ascii: "c")
    }

    /// How many words the site's name or generic word takes at `position`, or nil.
    private func siteLength(at position: Int, in words: [AnalyzedWord], filter: SynonymFilter) -> Int? {
        guard position < words.count else { return nil }
        if !nameSurfaces.isEmpty, position + nameSurfaces.count <= words.count,
           nameSurfaces.indices.allSatisfy({ words[position + $0].surface == nameSurfaces[$0] }) {
            return nameSurfaces.count
        }
        // A two-word phrase first ("patient portal", "web site"), then one word.
        for length in [2, 1] where position + length <= words.count {
            let surfaces = words[position..<(position + length)].map(\.surface)
            if length == 1, surfaces[0] == siteWord { return 1 }
            // Only a word some rule names can start a phrase that reads as the site's word.
            guard let key = siteWordKey, filter.wordKey(ofSurface: surfaces[0]) != nil else { continue }
            let found = filter.matches(inSurfaces: surfaces).contains { match in
                match.range == 0..<length && match.alternatives.contains { $0.words == [key] }
            }
            if found { return length }
        }
        return nil
    }

    /// Whether the bytes of `text` between two words (UTF-8 offsets) hold more than spaces.
    private static func hasPunctuation(_ text: String, from start: Int, to end: Int) -> Bool {
        let bytes = text.utf8
        guard start < end, end <= bytes.count else { return false }
        let between = bytes[bytes.index(bytes.startIndex, offsetBy: start)..<bytes.index(bytes.startIndex, offsetBy: end)]
        return between.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\n") }
    }
}
