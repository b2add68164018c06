/// The figures of a group of searches: how many, with no result (and of those, how many were
/// pointed to the other language's answer), with results and no click, with a click, the
/// clicks and their mean position.
struct SearchFigures: Sendable, Hashable, Encodable {
    var searches = 0
    var zeroResultSearches = 0
    /// Zero-result searches written in the other language, whose articles answered them:
    /// the page pointed there (`SearchEvent.otherLanguage`).
    var otherLanguageSearches = 0
    var noClickSearches = 0
    var clickedSearches = 0
    var clicks = 0
    var positionSum = 0

    init() {}

    init(_ summaries: some Sequence<SearchSummary>) {
        for summary in summaries { add(summary) }
    }

    mutating func add(_ summary: SearchSummary) {
        searches += summary.searches
        zeroResultSearches += summary.zeroResult
        otherLanguageSearches += summary.pointedToOtherLanguage
        noClickSearches += summary.noClick
        clickedSearches += summary.clicked
        clicks += summary.clicks
        positionSum += summary.positionSum
    }

    mutating func add(_ other: SearchFigures) {
        searches += other.searches
        zeroResultSearches += other.zeroResultSearches
        otherLanguageSearches += other.otherLanguageSearches
        noClickSearches += other.noClickSearches
        clickedSearches += other.clickedSearches
        clicks += other.clicks
        positionSum += other.positionSum
    }

    /// Searches with no result, of all searches.
    var zeroResultRate: Double { Self.rate(zeroResultSearches, searches) }
    /// Searches with results and no click, of all searches.
    var noClickRate: Double { Self.rate(noClickSearches, searches) }
    /// Searches with at least one click, of all searches.
    var clickThroughRate: Double { Self.rate(clickedSearches, searches) }
    /// The mean position (1 = first) of the clicked results; nil without clicks.
    var meanClickPosition: Double? { clicks == 0 ? nil : Self.rate(positionSum, clicks) }

    /// `part / whole` to 4 decimals; 0 for an empty whole.
    static func rate(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) / Double(whole) * 10_000).rounded() / 10_000
    }

    enum CodingKeys: String, CodingKey {
        case searches, zeroResultSearches, otherLanguageSearches, noClickSearches, clickedSearches, clicks, zeroResultRate, noClickRate, clickThroughRate, meanClickPosition
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(searches, forKey: .searches)
        try container.encode(zeroResultSearches, forKey: .zeroResultSearches)
        try container.encode(otherLanguageSearches, forKey: .otherLanguageSearches)
        try container.encode(noClickSearches, forKey: .noClickSearches)
        try container.encode(clickedSearches, forKey: .clickedSearches)
        try container.encode(clicks, forKey: .clicks)
        try container.encode(zeroResultRate, forKey: .zeroResultRate)
        try container.encode(noClickRate, forKey: .noClickRate)
        try container.encode(clickThroughRate, forKey: .clickThroughRate)
        try container.encode(meanClickPosition, forKey: .meanClickPosition)
    }
}

/// Searches grouped by a text (a query, its words, a message): a text is shown only when at
/// least `minimumSearches` searches used it; the rarer ones are added up in one "other" group.
struct TextGroup: Sendable, Hashable, Encodable {
    /// The text; nil for the "other" group.
    var text: String?
    var figures: SearchFigures
    /// The most used query text of the group, when it is itself shown (content gaps).
    var example: String?

    /// Separate searches a text needs before it is shown.
    static let minimumSearches = 3
    /// Groups shown at most; the rest are added to "other".
    static let limit = 200

    /// Groups `summaries` by `key`, most searched first (then by text), "other" last (when not empty).
    static func group(_ summaries: [SearchSummary], by key: (SearchSummary) -> String, withExamples: Bool = false) -> [TextGroup] {
        var groups: [String: (figures: SearchFigures, texts: [String: Int])] = [:]
        for summary in summaries {
            groups[key(summary), default: (SearchFigures(), [:])].figures.add(summary)
            if withExamples { groups[key(summary), default: (SearchFigures(), [:])].texts[summary.text, default: 0] += summary.searches }
        }
        var other = SearchFigures()
        var shown: [TextGroup] = []
        let ordered = groups.sorted { ($0.value.figures.searches, $1.key) > ($1.value.figures.searches, $0.key) }
        for (text, group) in ordered {
            guard group.figures.searches >= minimumSearches, shown.count < limit else {
                other.add(group.figures)
                continue
            }
            let example = group.texts.filter { $0.value >= minimumSearches }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            shown.append(TextGroup(text: text, figures: group.figures, example: example))
        }
        return other.searches > 0 ? shown + [TextGroup(text: nil, figures: other)] : shown
    }

    enum CodingKeys: String, CodingKey { case text, other, example }

    func encode(to encoder: any Encoder) throws {
        try figures.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(text == nil, forKey: .other)
        try container.encodeIfPresent(example, forKey: .example)
    }
}
