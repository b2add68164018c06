/// Query-time synonym expansion on *words* (Solr's SynonymGraphFilter idea, applied to
/// queries only): finds the longest synonym phrase starting at each query word and offers
/// the other phrases of its rule as alternatives for that span.
///
/// A synonym names words, so it matches those words and their regular inflections (in the
/// analyzer's language, `Analyzer.inflections`), never every word that shares a stem with
/// them: "provider" finds "providers" but not "provided", although Porter2 stems both to
/// "provid"; the Spanish "anular" finds "anulé" and "anularla". Both sides work that way: a query
/// word starts a synonym only when it is an inflection of a word of the rule, and a
/// synonym alternative is matched through *word keys* (`wordKey(ofSurface:)`) that the
/// index keeps beside the stems for exactly the inflections of synonym words.
///
/// Expanding queries rather than the index keeps multi-word synonyms exact (an alternative
/// "date of birth" is matched as a phrase) and keeps `synonyms.txt` a plain list to edit.
///
/// A word of a one-word equivalence ("appt, appointment") is one word written two ways, so a
/// longer phrase may be typed with either: "move my appt" is the phrase "move my appointment"
/// of a rule, and "random invite" is "random invitation". Of two phrases of the same length,
/// the one of the words as typed is read first ("portal messaging" is "portal message", not
/// "portal inbox" through "message, messaging, inbox"), and a span read through an
/// equivalence is not offered back as itself ("appointment reminder" read as "appointment
/// alert", through "reminder, notification, alert", is the target "appointment reminder").
///
/// A phrasal verb keeps its particle (Lucene's CommonGrams idea, for the pairs the rules
/// write): the stop list drops "in" and "on", but "sign in" is not "sign up" or "sign out".
/// A stop word that a rule writes at the end of a phrase right after a word ("in" of "sign
/// in", "on" of "log on") is a *particle*; the word and the particle after it are one word
/// key ("sign in"), which the index posts beside the word's own key wherever the text writes
/// the two side by side, and which a query has when it does.
public struct SynonymFilter: Sendable {
    /// A span of query words and what else it may be written as (each a sequence of word keys).
    public struct Match: Hashable, Sendable {
        public var range: Range<Int>
        public var alternatives: [Alternative]
        /// Per alternative (same order): whether its rule is an equivalence, so that the
        /// alternative also finds the matched words ("appt, appointment"), rather than a one-way
        /// mapping onto it ("appts => appointment").
        public var isEquivalent: [Bool]
    }

    /// One way a synonym span may be written: a sequence of word keys.
    public struct Alternative: Hashable, Sendable {
        /// Its place in `alternatives`, so that a table built beside the filter (the index's
        /// term ids for each alternative) is read without hashing the words again.
        public var number: Int
        public var words: [String]
    }

    /// Index terms for word keys start with this, which no analyzed term can.
    static let wordKeyPrefix = "="

    /// A two-word synonym phrase typed without the space between its words.
    struct JoinedPhrase: Sendable {
        var first: String
        var second: String
        var alternatives: [Alternative]
    }

    /// A synonym phrase, read from its second word on, and what else it may be written as.
    private struct Phrase: Sendable {
        var rest: [String]
        /// Written with a word's equivalent ("move my appt" for "move my appointment").
        var isVariant = false
        var alternatives: [Alternative]
        /// Per alternative: whether it finds this phrase back (`Match.isEquivalent`).
        var isEquivalent: [Bool]
    }

    /// Every alternative any rule offers, each once, numbered by its place.
    public let alternatives: [Alternative]

    /// Per word key, the phrases that start with it, longest first (of phrases as long, those
    /// of the words as the rules write them before those written with an equivalent word): one
    /// lookup per query word, then word-by-word comparisons, with no key array built for each
    /// length tried.
    private let phrasesByFirstWord: [String: [Phrase]]
    /// Every inflection of every synonym word (surface form) -> the word's key (its lemma), and
    /// each negated contraction ("cant", "doesn't") -> the key of "not", which it stands for.
    private let keys: [String: String]
    /// Each derived form (a Spanish verb's conjugations) -> the key of the word it is a form of:
    /// forms the rules never write, generated from a written word.
    private let derivedKeys: [String: String]
    /// Each two-word phrase written without its space ("pinnumber"), in every inflection of
    /// its words that is not a derived form (a Spanish verb's hundred forms would list the
    /// square of that for each phrase): the two words and what else the phrase may be written as.
    private let joinedPhrases: [String: JoinedPhrase]
    /// Each word key's index term (its stem), for matching an alternative as a phrase
    /// through the stems' bigrams; absent for a key that analyzes to nothing.
    private let stems: [String: String]
    /// Per alternative (by `Alternative.number`), the class of its phrase: the phrases and
    /// targets of a rule, and of every rule that shares one of them, are one class. Two texts
    /// that differ only by phrases of one class say the same thing (`LabelPhrases.restatement`).
    private let alternativeClasses: [Int]
    /// The class of each one-word phrase that only stands as a rule's target, as the rule
    /// writes it ("taken" in "in use, already used => taken"): no match starts with it.
    let targetWords: [String: Int]
    /// Every phrase and target of the rules as written (surface forms, stop words left out):
    /// a match restates a label only in a form a rule writes ("sign out", not "signed out").
    private let writtenPhrases: Set<[String]>
    /// The stop words a rule writes at the start or end of a phrase ("in" of "sign in", "an" of
    /// "an hour"): part of how such a phrase is written.
    private let phraseEdgeStopWords: Set<String>
    /// Each particle's spellings (a stop word a rule writes at the end of a phrase, right after
    /// a word) and the particle: ("in", "in"), ("into", "in"). A handful: read by comparison,
    /// which costs a query less than hashing each of its stop words.
    private let particleSpellings: [(spelling: String, particle: String)]
    /// The particles, in a fixed order: the index numbers them by their place here.
    let particles: [String]
    /// The word keys of a word and its particle ("sign in") that the rules write.
    private let pairKeys: Set<String>
    /// Per word key, the stems of the other word keys of its one-word equivalences ("doctor":
    /// "medic"), sorted, without the key's own stem: one word written other ways.
    private let equivalentStems: [String: [String]]

    /// The most ways one phrase is written with its words' equivalents (the spellings of each
    /// of its words, multiplied): a bound on the table, far above what the rules of
    /// `synonyms.txt` need.
    static let maxVariants = 64

    /// Spellings of a particle that rules do not need to write: "log into" is "log in".
    private static let particleVariants: [String: String] = ["into": "in"]

    public init(table: SynonymTable, analyzer: Analyzer = .standard) {
        // Each synonym word claims its inflections (in English, those of its possible bases:
        // "signed": "sign", "signs", "signing"); words whose inflections meet are one word
        // ("sign", "signed") and share a key. A word never claims another word's stem-mates:
        // "provider" does not generate "provided". Derived forms (a Spanish verb's
        // conjugations) are given out after, and never join two words.
        var formOwner: [String: String] = [:]
        var parent: [String: String] = [:]
        func root(_ word: String) -> String {
            var word = word
            while let next = parent[word], next != word { word = next }
            return word
        }
        let inflections = analyzer.inflections
        var writtenWords: [String: String] = [:] // surface -> lemma
        func claim(_ surface: String) -> String {
            let lemma = inflections.lemma(surface)
            if parent[lemma] == nil { parent[lemma] = lemma }
            writtenWords[surface] = lemma
            for form in inflections.forms(surface) {
                if let owner = formOwner[form] {
                    let (a, b) = (root(owner), root(lemma))
                    // The shorter word names the group ("sign" for "signed").
                    if a != b { if (a.count, a) < (b.count, b) { parent[b] = a } else { parent[a] = b } }
                } else {
                    formOwner[form] = lemma
                }
            }
            return lemma
        }
        // Every phrase and target of the rules, analyzed once, stop words kept.
        let analyzed = table.rules.map { rule in
            (phrases: rule.phrases.map { analyzer.analyzeWords($0, keepsStopWords: true) },
             targets: rule.targets?.map { analyzer.analyzeWords($0, keepsStopWords: true) })
        }
        // The particles: a stop word a rule writes at the end of a phrase, right after a word.
        var particleSpellings: [String: String] = [:]
        for words in analyzed.flatMap({ $0.phrases + ($0.targets ?? []) })
        where words.count >= 2 && words[words.count - 1].terms.isEmpty && !words[words.count - 2].terms.isEmpty {
            particleSpellings[words[words.count - 1].surface] = words[words.count - 1].surface
        }
        for (variant, particle) in Self.particleVariants where particleSpellings[particle] != nil && particleSpellings[variant] == nil {
            particleSpellings[variant] = particle
        }
        self.particleSpellings = particleSpellings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        self.particles = Set(particleSpellings.values).sorted()
        // A phrase's words (stop words left out), each with the particle written right after it.
        func claimWords(_ words: [AnalyzedWord]) -> [(lemma: String, particle: String?)] {
            words.indices.filter { !words[$0].terms.isEmpty }.map { index in
                let next = index + 1 < words.count && words[index + 1].terms.isEmpty ? particleSpellings[words[index + 1].surface] : nil
                return (claim(words[index].surface), next)
            }
        }
        let claimedWords = analyzed.map { (phrases: $0.phrases.map(claimWords), targets: $0.targets?.map(claimWords)) }
        var keys: [String: String] = [:]
        for (form, owner) in formOwner { keys[form] = root(owner) }
        if let not = keys["not"] {
            for negation in ContractionFilter.negations.keys where keys[negation] == nil { keys[negation] = not }
        }
        // Derived forms (a Spanish verb's conjugations) go to their word only where no word
        // has the form and no other word may take it: "registro" stays the noun the rules
        // write, not a form of "registrarse".
        struct Derivation: Hashable { var owner: String, base: String }
        var derivations: Set<Derivation> = []
        for (surface, lemma) in writtenWords {
            for base in inflections.derivationBases(surface) {
                // A base a rule writes ("entrar", which "entrada" looks like a participle of) is that word's.
                derivations.insert(Derivation(owner: keys[base] ?? root(lemma), base: base))
            }
        }
        var derivedOwner: [String: String] = [:]
        derivedOwner.reserveCapacity(derivations.count * 128) // about a Spanish verb's forms: one growth at most
        var ambiguous: Set<String> = []
        for derivation in derivations {
            for form in inflections.derivedForms(derivation.base) where keys[form] == nil {
                if let other = derivedOwner[form] {
                    if other != derivation.owner { ambiguous.insert(form) }
                } else {
                    derivedOwner[form] = derivation.owner
                }
            }
        }
        derivedKeys = derivedOwner.filter { !ambiguous.contains($0.key) }
        // Each word's key, joined with its particle's; per pair key, the key of its word.
        var pairWords: [String: String] = [:]
        func key(_ word: (lemma: String, particle: String?)) -> String {
            guard let particle = word.particle else { return root(word.lemma) }
            let pair = Self.pairKey(root(word.lemma), particle)
            pairWords[pair] = root(word.lemma)
            return pair
        }
        let claimed = claimedWords.map { (phrases: $0.phrases.map { $0.map(key) }, targets: $0.targets?.map { $0.map(key) }) }
        self.pairKeys = Set(pairWords.keys)
        var map: [[String]: [[String]]] = [:]
        func add(_ from: [String], _ to: [String]) {
            guard !from.isEmpty, !to.isEmpty, from != to else { return }
            if map[from, default: []].contains(to) { return }
            map[from, default: []].append(to)
        }
        for rule in claimed {
            let phrases = rule.phrases
            if let targets = rule.targets {
                for from in phrases { for to in targets { add(from, to) } }
            } else {
                for from in phrases { for to in phrases { add(from, to) } }
            }
        }
        let alternatives = Set(map.values.joined()).sorted { $0.lexicographicallyPrecedes($1) }.enumerated().map {
            Alternative(number: $0.offset, words: $0.element)
        }
        self.alternatives = alternatives
        var numbers: [[String]: Int] = [:]
        for alternative in alternatives { numbers[alternative.words] = alternative.number }
        let numbered = map.mapValues { $0.map { alternatives[numbers[$0]!] } }
        // The one-word phrases of each equivalence, without a particle: one word written two
        // ways ("appt, appointment"), as its own rule says (rules are not chained).
        var equivalentKeys: [String: Set<String>] = [:]
        for rule in claimed where rule.targets == nil {
            let words = rule.phrases.compactMap { $0.count == 1 && pairWords[$0[0]] == nil ? $0[0] : nil }
            for word in words { equivalentKeys[word, default: []].formUnion(words.filter { $0 != word }) }
        }
        func isSameWord(_ a: String, _ b: String) -> Bool { a == b || equivalentKeys[a]?.contains(b) == true }
        var phrasesByFirstWord: [String: [Phrase]] = [:]
        for (phrase, alternatives) in numbered {
            let isEquivalent = alternatives.map { map[$0.words]?.contains(phrase) ?? false }
            phrasesByFirstWord[phrase[0], default: []].append(Phrase(rest: Array(phrase.dropFirst()), alternatives: alternatives,
                                                                     isEquivalent: isEquivalent))
            // A longer phrase written with its words' equivalents, each way (at most
            // `maxVariants`), offering what the phrase offers but itself.
            guard phrase.count > 1, phrase.contains(where: { equivalentKeys[$0] != nil }) else { continue }
            var variants: [[String]] = [[]]
            for word in phrase {
                let spellings = [word] + (equivalentKeys[word] ?? []).sorted()
                variants = Array(variants.flatMap { start in spellings.map { start + [$0] } }.prefix(Self.maxVariants + 1))
            }
            for variant in variants.dropFirst() {
                let kept = alternatives.indices.filter { number in
                    let words = alternatives[number].words
                    return words.count != variant.count || !zip(variant, words).allSatisfy(isSameWord)
                }
                guard !kept.isEmpty else { continue }
                phrasesByFirstWord[variant[0], default: []].append(Phrase(rest: Array(variant.dropFirst()), isVariant: true,
                                                                          alternatives: kept.map { alternatives[$0] },
                                                                          isEquivalent: kept.map { isEquivalent[$0] }))
            }
        }
        // Longest first; then as the rules write them; then in a fixed order (the same in every run).
        for first in phrasesByFirstWord.keys {
            phrasesByFirstWord[first]!.sort { a, b in
                if a.rest.count != b.rest.count { return a.rest.count > b.rest.count }
                if a.isVariant != b.isVariant { return !a.isVariant }
                if a.rest != b.rest { return a.rest.lexicographicallyPrecedes(b.rest) }
                return a.alternatives[0].number < b.alternatives[0].number
            }
        }
        self.phrasesByFirstWord = phrasesByFirstWord
        self.keys = keys
        // Rules that share a phrase are merged (union-find over the rules' classes).
        var classOf: [[String]: Int] = [:]
        var classParent: [Int] = []
        func rootClass(_ number: Int) -> Int {
            var number = number
            while classParent[number] != number { number = classParent[number] }
            return number
        }
        for rule in claimed {
            let members = (rule.phrases + (rule.targets ?? [])).filter { !$0.isEmpty }
            guard !members.isEmpty else { continue }
            let ruleClass = classParent.count
            classParent.append(ruleClass)
            for member in members {
                if let earlier = classOf[member] { classParent[rootClass(earlier)] = ruleClass } else { classOf[member] = ruleClass }
            }
        }
        alternativeClasses = alternatives.map { rootClass(classOf[$0.words]!) }
        // Every two-word phrase written without its space, in each inflection of its words.
        var formsByKey: [String: [String]] = [:]
        for (form, key) in keys { formsByKey[key, default: []].append(form) }
        var joinedPhrases: [String: JoinedPhrase] = [:]
        for (phrase, alternatives) in numbered where phrase.count == 2 {
            for first in formsByKey[phrase[0]] ?? [] {
                for second in formsByKey[phrase[1]] ?? [] {
                    joinedPhrases[first + second] = JoinedPhrase(first: first, second: second, alternatives: alternatives)
                }
            }
        }
        self.joinedPhrases = joinedPhrases
        var written: Set<[String]> = []
        var edgeStopWords: Set<String> = []
        var targetWords: [String: Int] = [:]
        for (analyzedRule, claimedRule) in zip(analyzed, claimed) {
            for (words, phraseKeys) in zip(analyzedRule.phrases + (analyzedRule.targets ?? []), claimedRule.phrases + (claimedRule.targets ?? [])) {
                let surfaces = words.filter { !$0.terms.isEmpty }.map { $0.surface }
                written.insert(surfaces)
                for edge in [words.first, words.last].compactMap({ $0 }) where edge.terms.isEmpty { edgeStopWords.insert(edge.surface) }
                // A one-word target no match starts with: its class, for the word as written.
                if surfaces.count == 1, phraseKeys.count == 1, pairWords[phraseKeys[0]] == nil, phrasesByFirstWord[phraseKeys[0]] == nil,
                   let number = numbers[phraseKeys] {
                    targetWords[surfaces[0]] = alternativeClasses[number]
                }
            }
        }
        self.writtenPhrases = written
        self.phraseEdgeStopWords = edgeStopWords
        self.targetWords = targetWords
        var stems: [String: String] = [:]
        for key in Set(map.values.joined().joined()) {
            // A word and its particle are matched as a phrase by the word's stem.
            stems[key] = analyzer.terms(ofSurface: pairWords[key] ?? key).first?.term
        }
        self.stems = stems
        var equivalentStems: [String: [String]] = [:]
        for (key, others) in equivalentKeys {
            var found = Set(others.compactMap { stems[$0] })
            if let own = stems[key] { found.remove(own) }
            if !found.isEmpty { equivalentStems[key] = found.sorted() }
        }
        self.equivalentStems = equivalentStems
    }

    /// The index term (stem) of a word key of an alternative, as the analyzer gives it for
    /// the key's surface form; nil when it analyzes to nothing.
    public func stem(ofWordKey key: String) -> String? { stems[key] }

    /// The stems of the other ways a one-word equivalence writes the word `surface` is a form
    /// of ("medic" of "medico" for "doctor"), sorted, without the word's own; empty when no
    /// equivalence names it.
    func equivalentStems(ofSurface surface: String) -> [String] {
        wordKey(ofSurface: surface).flatMap { equivalentStems[$0] } ?? []
    }

    /// The class of a match's phrase (see `alternativeClasses`), when its words (`surfaces`,
    /// stop words left out) are written as a rule writes them; nil for another form of them.
    func phraseClass(of match: Match, writtenAs surfaces: [String]) -> Int? {
        guard writtenPhrases.contains(surfaces) else { return nil }
        return match.alternatives.first.map { alternativeClasses[$0.number] }
    }

    /// Whether a rule writes `surface` at the start or end of a phrase (see `phraseEdgeStopWords`).
    func isPhraseEdgeStopWord(_ surface: String) -> Bool { phraseEdgeStopWords.contains(surface) }

    /// The index term that stands for a word key.
    static func indexTerm(forWordKey key: String) -> String { wordKeyPrefix + key }

    /// The word key of a surface form that is an inflection of a synonym word (for a negated
    /// contraction such as "doesn't" or "cant", the key of "not", which it stands for), else nil.
    public func wordKey(ofSurface surface: String) -> String? { keys[surface] ?? derivedKeys[surface] }

    /// Whether a rule names `surface`: one of its words, in a form the rules' words share (a
    /// plural, a past), not a form only generated from them. A derived form is a guess that may
    /// be a name too ("tomas", of "tomar"), so it says nothing of whether a person's name or a
    /// password was typed.
    public func names(_ surface: String) -> Bool { keys[surface] != nil }

    /// The two-word synonym phrase that `surface` is, typed without the space ("pinnumber":
    /// "pin number"); nil when it is none.
    func joinedPhrase(_ surface: String) -> JoinedPhrase? { joinedPhrases[surface] }

    /// The particle that a stop word spells ("into": "in"), if it is one.
    func particle(spelledAs surface: String) -> String? { particleSpellings.first { $0.spelling == surface }?.particle }

    /// The place in `particles` of the particle that a stop word spells, if it is one.
    func particleNumber(spelledAs surface: String) -> Int? { particle(spelledAs: surface).flatMap { particles.firstIndex(of: $0) } }

    /// The word key of a word and the particle after it ("sign in").
    static func pairKey(_ key: String, _ particle: String) -> String { key + " " + particle }

    /// The word key of a word and the particle written after it, when a rule writes the pair.
    func pairKey(ofWordKey key: String, particle: String) -> String? {
        let pair = Self.pairKey(key, particle)
        return pairKeys.contains(pair) ? pair : nil
    }

    /// For each word of `words` that is not a stop word, the particle written right after it
    /// (nil for none): what `matches(in:particles:)` reads. `words` keep their stop words.
    public func particles(after words: [AnalyzedWord]) -> [String?] {
        particles(after: words, surface: \.surface) { $0.terms.isEmpty }
    }

    /// `particles(after:)` for any words, given how to read a word's surface and whether it is a stop word.
    func particles<Word>(after words: [Word], surface: (Word) -> String, isStopWord: (Word) -> Bool) -> [String?] {
        // Most texts have no particle: then no array is built.
        guard !particleSpellings.isEmpty, words.contains(where: { isStopWord($0) && particle(spelledAs: surface($0)) != nil }) else { return [] }
        return words.indices.filter { !isStopWord(words[$0]) }.map { index in
            index + 1 < words.count && isStopWord(words[index + 1]) ? particle(spelledAs: surface(words[index + 1])) : nil
        }
    }

    /// Non-overlapping matches in `words`, longest first at each start; `particles` are the
    /// particles written right after them (`particles(after:)`; empty for none).
    public func matches(in words: [AnalyzedWord], particles: [String?] = []) -> [Match] {
        matches(keyed: words.map { wordKey(ofSurface: $0.surface) }, particles: particles)
    }

    /// Non-overlapping matches in words given by their surface forms, longest first at each start.
    func matches(inSurfaces surfaces: [String], particles: [String?] = []) -> [Match] {
        matches(keyed: surfaces.map { wordKey(ofSurface: $0) }, particles: particles)
    }

    /// Non-overlapping matches in words given by their word keys, longest first at each start.
    /// A word with a particle after it reads as the pair ("sign in") where a rule writes the
    /// pair, else as itself.
    private func matches(keyed: [String?], particles: [String?]) -> [Match] {
        let paired: [String?] = particles.isEmpty ? [] : keyed.indices.map { index in
            guard let key = keyed[index], index < particles.count, let particle = particles[index] else { return nil }
            return pairKey(ofWordKey: key, particle: particle)
        }
        func reads(_ position: Int, as key: String) -> Bool {
            keyed[position] == key || !paired.isEmpty && paired[position] == key
        }
        func match(at start: Int, startingWith first: String?) -> Match? {
            guard let first, let phrases = phrasesByFirstWord[first] else { return nil }
            for phrase in phrases where start + phrase.rest.count < keyed.count {
                if phrase.rest.indices.allSatisfy({ reads(start + 1 + $0, as: phrase.rest[$0]) }) {
                    return Match(range: start..<(start + 1 + phrase.rest.count), alternatives: phrase.alternatives,
                                 isEquivalent: phrase.isEquivalent)
                }
            }
            return nil
        }
        var result: [Match] = []
        var start = 0
        while start < keyed.count {
            // The word with its particle first ("sign in"), then the word alone.
            if let found = (paired.isEmpty ? nil : match(at: start, startingWith: paired[start])) ?? match(at: start, startingWith: keyed[start]) {
                result.append(found)
                start = found.range.upperBound
            } else {
                start += 1
            }
        }
        return result
    }
}
