/// Query-time synonym expansion on *words* (Solr's SynonymGraphFilter idea, applied to
/// queries only): finds the longest synonym phrase starting at each query word and offers
/// the other phrases of its rule as alternatives for that span.
///
/// A synonym names words, so it matches those words and their regular inflections, never
/// every word that shares a stem with them: "provider" finds "providers" but not
/// "provided", although Porter2 stems both to "provid". Both sides work that way: a query
/// word starts a synonym only when it is an inflection of a word of the rule, and a
/// synonym alternative is matched through *word keys* (`wordKey(ofSurface:)`) that the
/// index keeps beside the stems for exactly the inflections of synonym words.
///
/// Expanding queries rather than the index keeps multi-word synonyms exact (an alternative
/// "date of birth" is matched as a phrase) and keeps `synonyms.txt` a plain list to edit.
public struct SynonymFilter: Sendable {
    /// A span of query words and what else it may be written as (each a sequence of word keys).
    public struct Match: Hashable, Sendable {
        public var range: Range<Int>
        public var alternatives: [[String]]
    }

    /// Index terms for word keys start with this, which no analyzed term can.
    static let wordKeyPrefix = "="

    private let alternatives: [[String]: [[String]]]
    /// Per word key, the most words of a phrase that starts with it: the lengths worth trying there.
    private let longestPhrase: [String: Int]
    /// Every inflection of every synonym word (surface form) -> the word's key (its lemma).
    private let keys: [String: String]
    /// Each word key's index term (its stem), for matching an alternative as a phrase
    /// through the stems' bigrams; absent for a key that analyzes to nothing.
    private let stems: [String: String]

    public init(table: SynonymTable, analyzer: Analyzer = .standard) {
        // Each synonym word claims the inflections of its possible bases ("signed": "sign",
        // "signs", "signing"); words whose inflections meet are one word ("sign", "signed")
        // and share a key. A word never claims another word's stem-mates: "provider" does
        // not generate "provided".
        var formOwner: [String: String] = [:]
        var parent: [String: String] = [:]
        func root(_ word: String) -> String {
            var word = word
            while let next = parent[word], next != word { word = next }
            return word
        }
        func claim(_ surface: String) -> String {
            let lemma = EnglishInflections.lemma(surface)
            if parent[lemma] == nil { parent[lemma] = lemma }
            for base in EnglishInflections.bases(of: surface) {
                for form in EnglishInflections.forms(of: base).union([surface]) {
                    if let owner = formOwner[form] {
                        let (a, b) = (root(owner), root(lemma))
                        // The shorter word names the group ("sign" for "signed").
                        if a != b { if (a.count, a) < (b.count, b) { parent[b] = a } else { parent[a] = b } }
                    } else {
                        formOwner[form] = lemma
                    }
                }
            }
            return lemma
        }
        func claimWords(_ phrase: String) -> [String] { analyzer.analyzeWords(phrase).map { claim($0.surface) } }
        let claimed = table.rules.map { (phrases: $0.phrases.map(claimWords), targets: $0.targets?.map(claimWords)) }
        var keys: [String: String] = [:]
        for (form, owner) in formOwner { keys[form] = root(owner) }
        var map: [[String]: [[String]]] = [:]
        func add(_ from: [String], _ to: [String]) {
            guard !from.isEmpty, !to.isEmpty, from != to else { return }
            if map[from, default: []].contains(to) { return }
            map[from, default: []].append(to)
        }
        for rule in claimed {
            let phrases = rule.phrases.map { $0.map(root) }
            if let targets = rule.targets?.map({ $0.map(root) }) {
                for from in phrases { for to in targets { add(from, to) } }
            } else {
                for from in phrases { for to in phrases { add(from, to) } }
            }
        }
        self.alternatives = map
        self.longestPhrase = map.keys.reduce(into: [:]) { longest, phrase in
            longest[phrase[0]] = max(longest[phrase[0], default: 0], phrase.count)
        }
        self.keys = keys
        var stems: [String: String] = [:]
        for key in Set(map.values.joined().joined()) {
            stems[key] = analyzer.terms(ofSurface: key).first?.term
        }
        self.stems = stems
    }

    /// The index term (stem) of a word key of an alternative, as the analyzer gives it for
    /// the key's surface form; nil when it analyzes to nothing.
    public func stem(ofWordKey key: String) -> String? { stems[key] }

    /// The index term that stands for a word key.
    static func indexTerm(forWordKey key: String) -> String { wordKeyPrefix + key }

    /// The word key of a surface form that is an inflection of a synonym word (for a negated
    /// contraction such as "doesn't" or "cant", the key of "not", which it stands for), else nil.
    public func wordKey(ofSurface surface: String) -> String? {
        if let key = keys[surface] { return key }
        return ContractionFilter.negations[surface] != nil ? keys["not"] : nil
    }

    /// Non-overlapping matches in `words`, longest first at each start.
    public func matches(in words: [AnalyzedWord]) -> [Match] {
        let keyed = words.map { wordKey(ofSurface: $0.surface) }
        var result: [Match] = []
        var start = 0
        while start < keyed.count {
            guard let first = keyed[start], let longest = longestPhrase[first] else { start += 1; continue }
            var found: Match?
            var length = min(longest, keyed.count - start)
            while length > 0 {
                let span = keyed[start..<(start + length)]
                if span.allSatisfy({ $0 != nil }), let alternatives = alternatives[span.map { $0! }] {
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
