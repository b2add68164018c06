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
    /// Documents (ascending, no repeats) per label of two words or more besides stop words,
    /// keyed by those words' ids (ascending, no repeats): what the phrase rule reads for a
    /// query of the same words in another order or with other stop words ("which browsers are
    /// supported" and the heading "Supported browsers"; "signed out" is still not "sign out").
    let wordSets: [[Int32]: [Int32]]
    /// Documents (ascending, no repeats) per label, keyed by its words as the restatement rule
    /// reads them (`restatement(of:spans:filter:)`): for a query that says what a label
    /// says with synonyms or the other person ("do i have to register" and "Do you have to sign up?").
    let restatements: [[Int32]: [Int32]]
    /// Documents (ascending, no repeats) per label's restatement read as a set of words
    /// (`restatedWordSet`): for a query that says what a label says with synonyms, in another
    /// order or with other stop words ("how do i change my appointment time" and the alias
    /// "change the time of my visit"). The word-set rule and the restatement rule together.
    let restatedWordSets: [[Int32]: [Int32]]
    /// Per surface id, how the restatement rule reads the word outside a synonym phrase
    /// (`wordReadings(_:filter:)`).
    let wordReadings: [Int32]

    init(articles: [Article], analyzer: Analyzer, surfaces: SurfaceDictionary, synonyms: SynonymFilter) {
        let readings = Self.wordReadings(surfaces, filter: synonyms)
        wordReadings = readings
        // The labels' keys are found in chunks of articles on all cores, then merged in order.
        let chunkSize = 256
        let chunks = Parallel.map((articles.count + chunkSize - 1) / chunkSize) { chunk in
            var found: [(key: [Int32], document: Int32)] = []
            var foundSets: [(key: [Int32], document: Int32)] = []
            var foundRestatements: [(key: [Int32], document: Int32)] = []
            var foundRestatedSets: [(key: [Int32], document: Int32)] = []
            for number in (chunk * chunkSize)..<min(articles.count, (chunk + 1) * chunkSize) {
                let article = articles[number]
                func add(_ label: String) {
                    guard !label.isEmpty else { return }
                    let words = analyzer.surfaceWords(label)
                    let key = words.compactMap { surfaces.find($0).map(Int32.init) }
                    guard !key.isEmpty, key.count == words.count else { return }
                    found.append((key, Int32(number)))
                    let wordSet = Self.wordSet(key, surfaces: surfaces)
                    if !wordSet.isEmpty { foundSets.append((wordSet, Int32(number))) }
                    // A label with no synonym or person word says only what its words say (`documents`).
                    let restated = zip(words, key).map { word, id in
                        RestatedWord(surface: word, id: id, isStopWord: surfaces.termCount[Int(id)] == 0, reading: readings[Int(id)])
                    }
                    let spans = synonyms.matches(inSurfaces: restated.filter { !$0.isStopWord }.map { $0.surface },
                                                 particles: synonyms.particles(after: restated, surface: \.surface, isStopWord: \.isStopWord))
                    if Self.mayBeRestated(restated, spans: spans), let restatement = Self.restatement(of: restated, spans: spans, filter: synonyms) {
                        foundRestatements.append((restatement, Int32(number)))
                        let restatedSet = Self.restatedWordSet(restatement, surfaces: surfaces)
                        if !restatedSet.isEmpty { foundRestatedSets.append((restatedSet, Int32(number))) }
                    }
                }
                add(article.title)
                article.aliases.forEach(add)
                for error in article.errors { error.allMessages.forEach(add) }
                for section in article.sections { add(section.heading) }
            }
            return (found, foundSets, foundRestatements, foundRestatedSets)
        }
        documents = Self.grouped(chunks.map(\.0).joined())
        wordSets = Self.grouped(chunks.map(\.1).joined())
        restatements = Self.grouped(chunks.map(\.2).joined())
        restatedWordSets = Self.grouped(chunks.map(\.3).joined())
    }

    /// The documents of each key, ascending and without repeats (the pairs come in document order).
    private static func grouped(_ pairs: some Sequence<(key: [Int32], document: Int32)>) -> [[Int32]: [Int32]] {
        var grouped: [[Int32]: [Int32]] = [:]
        for (key, document) in pairs where grouped[key]?.last != document {
            grouped[key, default: []].append(document)
        }
        return grouped
    }

    /// The documents with a label whose words are exactly `words` (ascending).
    func documents(labelled words: [Int32]) -> [Int32] {
        documents[words] ?? []
    }

    /// The documents with a label that `words` restate (a `restatement`), ascending.
    func documents(restating words: [Int32]) -> [Int32] {
        restatements[words] ?? []
    }

    /// The documents with a label whose words besides stop words are exactly `words` (a `wordSet`).
    func documents(withWords words: [Int32]) -> [Int32] {
        wordSets[words] ?? []
    }

    /// The documents with a label whose restatement, read as a set, is `words` (a `restatedWordSet`).
    func documents(withRestatedWords words: [Int32]) -> [Int32] {
        restatedWordSets[words] ?? []
    }

    /// The words of `words` (dictionary ids) that are not stop words, ascending, without
    /// repeats; empty when none is left. One word is a set too: "where do i log in" and the
    /// heading "How to sign in" say one thing, as "which browsers are supported" and
    /// "Supported browsers" say two.
    static func wordSet(_ words: [Int32], surfaces: SurfaceDictionary) -> [Int32] {
        sortedSet(words.filter { surfaces.termCount[Int($0)] > 0 })
    }

    /// A restatement (`restatement(of:spans:filter:)`) as a set: its synonym classes and its
    /// words besides stop words and persons, ascending, without repeats; empty when none is
    /// left, or when it has no synonym class (the set is then the text's own words, which
    /// `wordSet` reads).
    static func restatedWordSet(_ restatement: [Int32], surfaces: SurfaceDictionary) -> [Int32] {
        guard restatement.contains(where: isClass) else { return [] }
        return sortedSet(restatement.filter { isClass($0) || ($0 >= 0 && surfaces.termCount[Int($0)] > 0) })
    }

    /// `words` ascending without repeats.
    private static func sortedSet(_ words: [Int32]) -> [Int32] {
        var set = words
        set.sortWithoutRepeats()
        return set
    }

    var estimatedBytes: Int {
        (documents.reduce(0) { $0 + ($1.key.count + $1.value.count) * 4 + 64 })
            + (wordSets.reduce(0) { $0 + ($1.key.count + $1.value.count) * 4 + 64 })
            + (restatements.reduce(0) { $0 + ($1.key.count + $1.value.count) * 4 + 64 })
            + (restatedWordSets.reduce(0) { $0 + ($1.key.count + $1.value.count) * 4 + 64 }) + wordReadings.count * 4
    }
}
