/// Query-time synonym expansion over analyzed terms (Solr's SynonymGraphFilter idea,
/// applied to queries only): finds the longest synonym phrase starting at each query
/// term and offers the other phrases of its rule as alternatives for that span.
///
/// Expanding queries rather than the index keeps multi-word synonyms exact (an alternative
/// "date of birth" is matched as a phrase, through the bigram index) and lets authors edit
/// `synonyms.txt` without any index-time semantics to keep consistent.
public struct SynonymFilter: Sendable {
    /// A span of query words and what else it may be written as (each a sequence of `AnalyzedWord.key`s).
    public struct Match: Hashable, Sendable {
        public var range: Range<Int>
        public var alternatives: [[String]]
    }

    private let alternatives: [[String]: [[String]]]
    private let longestPhrase: Int
    /// First words of all phrases, to skip most query words without building keys.
    private let firstWords: Set<String>

    public init(table: SynonymTable, analyzer: Analyzer = .standard) {
        func terms(_ phrase: String) -> [String] { analyzer.analyzeWords(phrase).map(\.key) }
        var map: [[String]: [[String]]] = [:]
        func add(_ from: [String], _ to: [String]) {
            guard !from.isEmpty, !to.isEmpty, from != to else { return }
            if map[from, default: []].contains(to) { return }
            map[from, default: []].append(to)
        }
        for rule in table.rules {
            let phrases = rule.phrases.map(terms)
            if let targets = rule.targets?.map(terms) {
                for from in phrases { for to in targets { add(from, to) } }
            } else {
                for from in phrases { for to in phrases { add(from, to) } }
            }
        }
        self.alternatives = map
        self.longestPhrase = map.keys.map(\.count).max() ?? 0
        self.firstWords = Set(map.keys.compactMap(\.first))
    }

    /// Non-overlapping matches in `terms` (`AnalyzedWord.key`s), longest first at each start.
    public func matches(in terms: [String]) -> [Match] {
        var result: [Match] = []
        var start = 0
        while start < terms.count {
            guard firstWords.contains(terms[start]) else { start += 1; continue }
            var found: Match?
            var length = min(longestPhrase, terms.count - start)
            while length > 0 {
                if let alternatives = alternatives[Array(terms[start..<(start + length)])] {
                    found = Match(range: start..<(start + length), alternatives: alternatives)
                    break
                }
                length -= 1
            }
            if let found {
                result.append(found)
                start = found.range.upperBound
            } else {
                start += 1
            }
        }
        return result
    }
}
