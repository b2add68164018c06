/// Finds the index terms a word may stand for besides itself: typo corrections
/// (Damerau-Levenshtein within `TypoTolerance`) and completions of a prefix: only terms that
/// `found` holds (the terms of the articles the reader sees, `TermReaders`).
struct TermExpander: Sendable {
    let surfaces: SurfaceDictionary
    let typos: TypoTolerance
    var found: TermReaders.Found = .all

    struct Candidate: Sendable {
        var term: Int32
        var surface: Int
        var distance: Int
        var frequency: Int32
    }

    /// The word forms within the word's typo allowance (or `maxDistance`); for a word too short
    /// for a typo, the forms with two neighbouring letters swapped back and, when
    /// `readsLeftOutLetter`, those with one letter put back ("vist": "visit").
    func typoMatches(of surface: String, maxDistance: Int? = nil, readsLeftOutLetter: Bool = false) -> [SurfaceDictionary.FuzzyMatch] {
        let distance = maxDistance ?? typos.maxDistance(for: surface)
        if distance > 0 { return surfaces.fuzzyMatches(surface, maxDistance: distance) }
        guard maxDistance == nil, typos.allowsTranspositionOnly(surface) else { return [] }
        let transposed = transposedMatches(of: surface)
        guard readsLeftOutLetter else { return transposed }
        // In dictionary order, as `fuzzyMatches` gives them.
        return (transposed + leftOutLetterMatches(of: surface)).sorted { $0.index < $1.index }
    }

    /// The word forms that are `surface` with one letter put back ("bok": "book"): of the forms
    /// one edit away, those one letter longer.
    func leftOutLetterMatches(of surface: String) -> [SurfaceDictionary.FuzzyMatch] {
        let length = surface.utf8.count
        return surfaces.fuzzyMatches(surface, maxDistance: 1).filter { surfaces.length($0.index) == length + 1 }
    }

    /// The word forms that are `surface` with two neighbouring letters swapped ("hlep": "help").
    func transposedMatches(of surface: String) -> [SurfaceDictionary.FuzzyMatch] {
        var bytes = Array(surface.utf8)
        var found: [SurfaceDictionary.FuzzyMatch] = []
        for first in 0..<(bytes.count - 1) where bytes[first] != bytes[first + 1] {
            bytes.swapAt(first, first + 1)
            if let index = surfaces.find(String(decoding: bytes, as: UTF8.self)) {
                found.append(SurfaceDictionary.FuzzyMatch(index: index, distance: 1))
            }
            bytes.swapAt(first, first + 1)
        }
        return found
    }

    /// Terms within the word's typo allowance (not the word's own term), closest then most frequent first.
    func corrections(of surface: String, maxDistance: Int? = nil, excluding own: Set<Int32> = [], limit: Int) -> [Candidate] {
        corrections(among: typoMatches(of: surface, maxDistance: maxDistance), excluding: own, limit: limit)
    }

    /// The terms of `matches` (not the word's own term), closest then most frequent first.
    func corrections(among matches: [SurfaceDictionary.FuzzyMatch], excluding own: Set<Int32> = [], limit: Int) -> [Candidate] {
        var best: [Int32: Candidate] = [:]
        for match in matches {
            let term = surfaces.term[match.index]
            guard term >= 0, !own.contains(term), match.distance > 0, found.contains(term) else { continue }
            let candidate = Candidate(term: term, surface: match.index, distance: match.distance,
                                      frequency: surfaces.frequency[match.index])
            if let known = best[term], (known.distance, -known.frequency) <= (candidate.distance, -candidate.frequency) { continue }
            best[term] = candidate
        }
        return Array(best.values.sorted { ($0.distance, -$0.frequency, $0.surface) < ($1.distance, -$1.frequency, $1.surface) }.prefix(limit))
    }

    /// The word forms (surface indices, in order) an unknown word may have been typed from
    /// without the spaces between them, as Meilisearch splits words: two words ("phonenumber":
    /// "phone" "number"), else three ("dateofbirth": "date" "of" "birth"; "signinpage"). The
    /// first and last are word forms of the collection of two letters or more (not stop words);
    /// a middle word is one too, or a stop word the articles write. Each two of them with terms
    /// that follow each other stand next to each other in some article, stop words between them
    /// not counted, as the index reads them (`pairFrequency`, the number of articles with the
    /// pair of terms, nil for none). Of several such splits, the one whose rarest pair the most
    /// articles have; two words before three.
    func split(_ surface: String, pairFrequency: (Int32, Int32) -> Int?) -> [Int]? {
        let bytes = Array(surface.utf8)
        guard bytes.count >= 4 else { return nil }
        func word(_ range: Range<Int>) -> Int? { surfaces.find(String(decoding: bytes[range], as: UTF8.self)) }
        func isWord(_ index: Int) -> Bool { surfaces.term[index] >= 0 && found.contains(surfaces.term[index]) }
        func isStart(_ cut: Int) -> Bool { bytes[cut] & 0xC0 != 0x80 }
        var best: (words: [Int], frequency: Int)?
        for cut in 2...(bytes.count - 2) where isStart(cut) {
            guard let left = word(0..<cut), isWord(left),
                  let right = word(cut..<bytes.count), isWord(right),
                  let frequency = pairFrequency(surfaces.term[left], surfaces.term[right]),
                  frequency > (best?.frequency ?? 0)
            else { continue }
            best = ([left, right], frequency)
        }
        if let best { return best.words }
        guard bytes.count >= 5 else { return nil }
        for first in 2...(bytes.count - 3) where isStart(first) {
            guard let left = word(0..<first), isWord(left) else { continue }
            for second in (first + 1)...(bytes.count - 2) where isStart(second) {
                guard let middle = word(first..<second), let right = word(second..<bytes.count), isWord(right) else { continue }
                let frequency: Int?
                if isWord(middle) {
                    guard second - first >= 2, let one = pairFrequency(surfaces.term[left], surfaces.term[middle]),
                          let two = pairFrequency(surfaces.term[middle], surfaces.term[right]) else { continue }
                    frequency = min(one, two)
                } else {
                    frequency = pairFrequency(surfaces.term[left], surfaces.term[right])
                }
                guard let frequency, frequency > (best?.frequency ?? 0) else { continue }
                best = ([left, middle, right], frequency)
            }
        }
        return best?.words
    }

    /// The most frequent terms whose word forms start with `prefix` (not the word's own term).
    func completions(of prefix: String, excluding own: Set<Int32> = [], limit: Int) -> [Candidate] {
        guard !prefix.isEmpty else { return [] }
        return mostFrequentTerms(startingWith: prefix, excluding: own, limit: limit) { _ in true }
    }

    /// The terms of the collection's words that a word of stem `stem` may be derived from or
    /// may derive ("notified", stem "notifi": "notification", stem "notif"; "registr" of
    /// "registration": "register", stem "regist"): Porter2 strips inflections but keeps most
    /// derivational endings apart, so a word and its derivations often stem differently. Read
    /// from the collection's own words, as KStem reads a dictionary: a term is related when one
    /// of the two stems starts the other and they differ by at most two letters, the shorter
    /// having five letters or more (shorter stems start too many other words: "sign", "sing").
    /// Stems with digits (codes, "token1") have none, and so has a word the stemmer took no
    /// ending from (`surface` is its stem): the relation is between endings, and a longer word
    /// that such a word starts is a completion of it ("daylig": "daylight"), not a relative.
    /// Most frequent first.
    func relatedForms(of surface: String, stem: String, terms: [String], excluding own: Set<Int32>, limit: Int) -> [Candidate] {
        let length = stem.utf8.count
        let shortest = 5, widest = 2
        guard length >= shortest, surface != stem,
              !stem.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return [] }
        let prefix = String(decoding: stem.utf8.prefix(max(shortest, length - widest)), as: UTF8.self)
        return mostFrequentTerms(startingWith: prefix, excluding: own, limit: limit) { term in
            let other = terms[Int(term)].utf8
            guard other.count >= shortest, abs(other.count - length) <= widest else { return false }
            return other.count < length ? stem.utf8.starts(with: other) : other.starts(with: stem.utf8)
        }
    }

    /// The terms of the word forms that start with `prefix` and that `keeps`, not the word's
    /// own, each with the frequency of all its forms; the most frequent first.
    private func mostFrequentTerms(startingWith prefix: String, excluding own: Set<Int32>, limit: Int,
                                   where keeps: (Int32) -> Bool) -> [Candidate] {
        var best: [Int32: Candidate] = [:]
        for index in surfaces.prefixRange(prefix) {
            let term = surfaces.term[index]
            guard term >= 0, !own.contains(term), found.contains(term) else { continue }
            if var known = best[term] {
                known.frequency += surfaces.frequency[index]
                best[term] = known
            } else if keeps(term) {
                best[term] = Candidate(term: term, surface: index, distance: 0, frequency: surfaces.frequency[index])
            }
        }
        return Array(best.values.sorted { ($0.frequency, -$0.surface) > ($1.frequency, -$1.surface) }.prefix(limit))
    }
}
