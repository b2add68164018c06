/// Every label of every document (its title, aliases, error messages and headings) as the
/// sequence of its words' surface forms, stop words kept: what the exactness rule reads to
/// find the articles with a label that is exactly what was typed ("what is patient fusion"
/// and the heading "What is Patient Fusion?"; "signed out" is not "sign out").
///
/// Words are ids in the index's `SurfaceDictionary`; a label with a word the dictionary
/// lacks can never equal a query and is left out.
struct LabelPhrases: Sendable {
    /// Documents (ascending, no repeats) per label, keyed by the label's word ids.
    let documents: [[Int32]: [Int32]]

    init(articles: [Article], analyzer: Analyzer, surfaces: SurfaceDictionary) {
        var documents: [[Int32]: [Int32]] = [:]
        for (number, article) in articles.enumerated() {
            let labels = [article.title] + article.aliases + article.errors.flatMap(\.allMessages)
                + article.sections.map(\.heading)
            for label in labels where !label.isEmpty {
                let words = analyzer.surfaceWords(label)
                let key = words.compactMap { surfaces.find($0).map(Int32.init) }
                guard !key.isEmpty, key.count == words.count else { continue }
                if documents[key]?.last != Int32(number) { documents[key, default: []].append(Int32(number)) }
            }
        }
        self.documents = documents
    }

    /// The documents with a label whose words are exactly `words` (ascending).
    func documents(labelled words: [Int32]) -> [Int32] {
        documents[words] ?? []
    }

    var estimatedBytes: Int { documents.reduce(0) { $0 + ($1.key.count + $1.value.count) * 4 + 64 } }
}
