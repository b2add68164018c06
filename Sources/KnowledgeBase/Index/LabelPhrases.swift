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
        // The labels' keys are found in chunks of articles on all cores, then merged in order.
        let chunkSize = 256
        let chunks = Parallel.map((articles.count + chunkSize - 1) / chunkSize) { chunk in
            var found: [(key: [Int32], document: Int32)] = []
            for number in (chunk * chunkSize)..<min(articles.count, (chunk + 1) * chunkSize) {
                let article = articles[number]
                func add(_ label: String) {
                    guard !label.isEmpty else { return }
                    let words = analyzer.surfaceWords(label)
                    let key = words.compactMap { surfaces.find($0).map(Int32.init) }
                    guard !key.isEmpty, key.count == words.count else { return }
                    found.append((key, Int32(number)))
                }
                add(article.title)
                article.aliases.forEach(add)
                for error in article.errors { error.allMessages.forEach(add) }
                for section in article.sections { add(section.heading) }
            }
            return found
        }
        var documents: [[Int32]: [Int32]] = [:]
        for (key, document) in chunks.joined() where documents[key]?.last != document {
            documents[key, default: []].append(document)
        }
        self.documents = documents
    }

    /// The documents with a label whose words are exactly `words` (ascending).
    func documents(labelled words: [Int32]) -> [Int32] {
        documents[words] ?? []
    }

    var estimatedBytes: Int { documents.reduce(0) { $0 + ($1.key.count + $1.value.count) * 4 + 64 } }
}
