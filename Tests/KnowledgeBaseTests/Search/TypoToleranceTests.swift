import Testing
import TestSupport
@testable import KnowledgeBase

@Suite struct TypoToleranceTests {
    @Test func meilisearchRule() {
        let rule = TypoTolerance.standard
        #expect(rule.maxDistance(for: "code") == 0)
        #expect(rule.maxDistance(for: "phone") == 1)
        #expect(rule.maxDistance(for: "password") == 1)
        #expect(rule.maxDistance(for: "passwords") == 2)
        #expect(rule.maxDistance(for: "c2001abcde") == 0)
    }

    /// Letters, not bytes, decide the allowance, and any digit (not only 0-9) means none.
    @Test func lettersOfAnyScriptAreCountedOnce() {
        let rule = TypoTolerance.standard
        #expect(rule.maxDistance(for: "café") == 0, "four letters in five bytes")
        #expect(rule.maxDistance(for: "cafés") == 1)
        #expect(rule.maxDistance(for: "contraseña") == 2)
        #expect(rule.maxDistance(for: "señal") == 1)
        #expect(rule.maxDistance(for: "código٣٤٥") == 0, "Arabic-Indic digits are numbers too")
        #expect(rule.maxDistance(for: "pin½code") == 0)
        #expect(rule.maxDistance(for: "") == 0)
    }

    @Test func limitsApplyInSearch() {
        let searcher = SearchFixtures.searcher
        func found(_ query: String, _ id: ArticleID) -> Bool { searcher.search(SearchRequest(query: query + " ")).hits.contains { $0.id == id } }
        // 4 letters: no typo allowed ("cide" for "code").
        #expect(!found("cide", "invalid-pin-or-security-code"))
        // 5 letters: one typo ("phine" for "phone"), not two ("phinr").
        #expect(found("phine", "phone-number-does-not-match"))
        #expect(!found("phinr", "phone-number-does-not-match"))
        // 9 letters: two typos ("apointmnt" for "appointment"), not three.
        #expect(found("apointmnt", "appointment-time-one-hour-off"))
        #expect(!found("apintmnt", "appointment-time-one-hour-off"))
        // Transpositions count as one edit.
        #expect(found("phoen", "phone-number-does-not-match"))
    }

    /// Under five letters a word gets no typo, except two neighbouring letters swapped back.
    @Test func shortWordsAreReadWithTwoLettersSwappedBack() throws {
        let rule = TypoTolerance.standard
        #expect(rule.allowsTranspositionOnly("hlep"))
        #expect(rule.allowsTranspositionOnly("cna"))
        #expect(!rule.allowsTranspositionOnly("phoen"), "a word of five letters has a typo of its own")
        #expect(!rule.allowsTranspositionOnly("pn"))
        #expect(!rule.allowsTranspositionOnly("4o1"))
        let dictionary = SurfaceDictionary(words: ["can", "hell", "help", "pin"], terms: [0, 1, 2, 3], frequencies: [1, 1, 1, 1])
        let expander = TermExpander(surfaces: dictionary, typos: rule)
        func read(_ word: String) -> [String] { expander.typoMatches(of: word).map { dictionary.word($0.index) } }
        #expect(read("hlep") == ["help"])
        #expect(read("hepl") == ["help"])
        #expect(read("cna") == ["can"])
        #expect(read("pni") == ["pin"])
        // Any other edit is still no typo under five letters.
        #expect(read("hekp").isEmpty)
        #expect(read("hel").isEmpty)
        #expect(read("hlpe").isEmpty, "two swaps away")

        let results = try ContentFixture.knowledgeBase().searcher.search(SearchRequest(query: "need hlep with my acount"))
        #expect(results.hits.first?.id == "get-assistance")
        #expect(results.suggestion == "need help with my account")
    }

    /// A short word of neither the articles nor the language ("bok", "vist") is also read with
    /// one letter put back, the commonest slip in a short word; never with a letter changed,
    /// which turns one short word into another ("fax" is not "fix").
    @Test func aShortNonWordIsReadWithALeftOutLetterPutBack() throws {
        let dictionary = SurfaceDictionary(words: ["book", "fix", "help", "visit"], terms: [0, 1, 2, 3], frequencies: [1, 1, 1, 1])
        let expander = TermExpander(surfaces: dictionary, typos: .standard)
        func read(_ word: String) -> [String] { expander.typoMatches(of: word, readsLeftOutLetter: true).map { dictionary.word($0.index) } }
        #expect(read("bok") == ["book"])
        #expect(read("vist") == ["visit"])
        #expect(read("fax").isEmpty, "a letter changed")
        #expect(read("hlep") == ["help"], "two letters swapped back, as for any short word")
        #expect(expander.typoMatches(of: "bok").isEmpty, "not for a word of the language")

        let searcher = try ContentFixture.knowledgeBase().searcher
        let results = searcher.search(SearchRequest(query: "bok a vist on the web"))
        #expect(results.hits.first?.id == "book-appointment-online")
        #expect(results.confident)
        #expect(results.suggestion == "book a visit on the web")
        // "cart" is an English word the articles do not write: it is not read as their "chart".
        let cart = searcher.parser.parse("cart").clauses.flatMap(\.alternatives)
        #expect(!cart.contains { if case .fuzzy = $0.kind { true } else { false } })
    }

    @Test func damerauLevenshteinOverTheDictionary() {
        let dictionary = SurfaceDictionary(words: ["password", "passwords", "pass", "passport", "word"],
                                           terms: [0, 1, 2, 3, 4], frequencies: [1, 1, 1, 1, 1])
        let matches = dictionary.fuzzyMatches("pasword", maxDistance: 1).map { dictionary.word($0.index) }
        #expect(matches == ["password"])
        let two = Set(dictionary.fuzzyMatches("pasword", maxDistance: 2).map { dictionary.word($0.index) })
        #expect(two == ["password", "passwords"])
        #expect(dictionary.fuzzyMatches("psasword", maxDistance: 1).map { dictionary.word($0.index) } == ["password"])
        #expect(dictionary.prefixRange("pass").map { dictionary.word($0) } == ["pass", "passport", "password", "passwords"])
    }

    /// Words that are prefixes of others, and a word of one byte, are each found once, in
    /// dictionary order, whatever the length of the word typed.
    @Test func trieKeepsPrefixChainsAndOrder() {
        let words = ["a", "pass", "passport", "password", "passwords", "pat", "zebra"]
        let dictionary = SurfaceDictionary(words: words.reversed(), terms: Array(0..<7), frequencies: Array(repeating: 1, count: 7))
        // The root; "a"; "pass"; "port" and "word" under it; "s" under "password"; "t" under "pa"; "zebra".
        #expect(dictionary.trie.nodeCount == 1 + 1 + 4 + 4 + 4 + 1 + 1 + 5)
        for typed in ["b", "pas", "passwrd", "paswords", "pasport", "zebr", "xyz"] {
            for maxDistance in 1...2 {
                let found = dictionary.fuzzyMatches(typed, maxDistance: maxDistance)
                let words = (0..<dictionary.count).map { Array(dictionary.word($0).utf8) }
                #expect(found == Self.plainMatches(Array(typed.utf8), among: words, maxDistance: maxDistance), "\(typed), distance \(maxDistance)")
            }
        }
        #expect(dictionary.fuzzyMatches("passwrd", maxDistance: 1).map { dictionary.word($0.index) } == ["password"])
        #expect(dictionary.fuzzyMatches("b", maxDistance: 1).map { dictionary.word($0.index) } == ["a"])
    }

    /// The banded trie walk finds exactly the words a plain distance computation finds, on
    /// the real dictionary, for words mistyped in every way (seeded, so a failure repeats).
    @Test func trieWalkAgreesWithPlainDistance() throws {
        let surfaces = try ContentFixture.knowledgeBase().searcher.index.surfaces
        let words = (0..<surfaces.count).map { Array(surfaces.word($0).utf8) }
        var generator = SeededGenerator(state: 0x5EED)
        var checked = 0
        for _ in 0..<300 {
            let typed = Self.mistyped(words[Int.random(in: 0..<words.count, using: &generator)], edits: 0...3,
                                      letters: Array(UInt8(ascii: "a")...UInt8(ascii: "z")), using: &generator)
            // Every letter deleted: nothing typed, nothing to correct.
            guard !typed.isEmpty else { #expect(surfaces.fuzzyMatches("", maxDistance: 2).isEmpty); continue }
            let text = String(decoding: typed, as: UTF8.self)
            for maxDistance in 1...2 {
                let found = surfaces.fuzzyMatches(text, maxDistance: maxDistance)
                let expected = Self.plainMatches(typed, among: words, maxDistance: maxDistance)
                #expect(found == expected, "\(text), distance \(maxDistance)")
                checked += expected.count
            }
        }
        #expect(checked > 100)
    }

    /// A word is found at its place in dictionary order, by its bytes alone: every word of the
    /// real dictionary, and none of its prefixes, extensions or near misses that is not a word.
    @Test func findGivesEachWordItsDictionaryIndex() throws {
        let surfaces = try ContentFixture.knowledgeBase().searcher.index.surfaces
        let words = Set((0..<surfaces.count).map { surfaces.word($0) })
        for index in 0..<surfaces.count {
            let word = surfaces.word(index)
            #expect(surfaces.find(word) == index, "\(word)")
            for other in [String(word.dropLast()), word + "s", word + "x", "x" + word, word.uppercased()] where !words.contains(other) {
                #expect(surfaces.find(other) == nil, "\(other)")
            }
        }
        #expect(surfaces.find("") == nil)
        let small = SurfaceDictionary(words: ["pin", "a", "password"], terms: [0, 1, 2], frequencies: [1, 1, 1])
        #expect(["a", "password", "pin"].map { small.find($0) } == [0, 1, 2])
        #expect(small.find("pass") == nil)
    }

    /// One edit away, the deletion index, the trie walk and the plain distance agree on the real
    /// dictionary, for words mistyped once or twice, with repeated and non-ASCII letters.
    @Test func deletionIndexAgreesWithTrieWalk() throws {
        let surfaces = try ContentFixture.knowledgeBase().searcher.index.surfaces
        let words = (0..<surfaces.count).map { Array(surfaces.word($0).utf8) }
        let letters = Array("aeinorst".utf8) + Array("ñé".utf8)
        var generator = SeededGenerator(state: 0xDE1E7E)
        var found = 0
        for _ in 0..<600 {
            let typed = Self.mistyped(words[Int.random(in: 0..<words.count, using: &generator)], edits: 0...2, letters: letters,
                                      doublesLetters: true, using: &generator)
            guard surfaces.deletions.covers(length: typed.count) else { continue }
            let fromDeletions = surfaces.oneEditMatches(typed)
            let fromTrie = surfaces.trie.fuzzyMatches(typed, maxDistance: 1, longestWord: surfaces.longestWord)
            let expected = Self.plainMatches(typed, among: words, maxDistance: 1)
            let text = String(decoding: typed, as: UTF8.self)
            #expect(fromDeletions == expected, "\(text)")
            #expect(fromTrie == expected, "\(text)")
            found += expected.count
        }
        #expect(found > 300)
    }

    /// The deletion index's check reads distance 0 or 1 exactly as the plain distance does.
    @Test func distanceWithinOneMatchesPlainDistance() {
        let pieces = Array("aabbc".utf8)
        var generator = SeededGenerator(state: 11)
        for _ in 0..<5_000 {
            let a = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let plain = DamerauLevenshtein.distance(a, b, limit: 1)
            let within = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in SurfaceDeletions.distanceWithinOne(a, b) } }
            #expect(within == (plain <= 1 ? plain : nil), "\(a) \(b)")
        }
    }

    /// `word` with a few random edits: a byte deleted, inserted or replaced (from `letters`),
    /// two neighbours swapped, and with `doublesLetters` a letter typed twice.
    static func mistyped(_ word: [UInt8], edits: ClosedRange<Int>, letters: [UInt8], doublesLetters: Bool = false,
                         using generator: inout SeededGenerator) -> [UInt8] {
        var typed = word
        for _ in 0..<Int.random(in: edits, using: &generator) where !typed.isEmpty {
            let at = Int.random(in: 0..<typed.count, using: &generator)
            switch Int.random(in: 0..<(doublesLetters ? 5 : 4), using: &generator) {
            case 0: typed.remove(at: at)
            case 1: typed.insert(letters.randomElement(using: &generator)!, at: at)
            case 2: typed[at] = letters.randomElement(using: &generator)!
            case 3 where doublesLetters: typed.insert(typed[at], at: at)
            default: if at + 1 < typed.count { typed.swapAt(at, at + 1) }
            }
        }
        return typed
    }

    /// The words within `maxDistance` of `typed` by a plain Damerau-Levenshtein, in dictionary order.
    static func plainMatches(_ typed: [UInt8], among words: [[UInt8]], maxDistance: Int) -> [SurfaceDictionary.FuzzyMatch] {
        words.indices.compactMap { index in
            let distance = DamerauLevenshtein.distance(typed, words[index], limit: maxDistance)
            return distance <= maxDistance ? SurfaceDictionary.FuzzyMatch(index: index, distance: distance) : nil
        }
    }
}

/// A typed word whose stem the index has gets typo corrections too when it is no word of the
/// collection: its stem may be another word's ("registring" is stemmed like "registration").
@Suite struct StemCollisionTypoTests {
    static let searcher: Searcher = {
        func article(_ id: ArticleID, _ title: String, _ category: Category, _ text: String) -> Article {
            Article(id: id, title: title, category: category, sections: [SearchFixtures.section("", "", text, level: 0)])
        }
        let articles = [
            article("registration-fee", "Registration fee", "registration", "The registration of a new patient is free."),
            article("registering", "Problems when registering", "registration", "If the form stops while registering, start again."),
            article("blocker", "Pop-up blocker", "browser-and-device", "A blocker can block the window that opens."),
            article("locked", "Account locked", "signing-in", "After five tries your account is locked for an hour."),
            article("letters", "Letters from the office", "getting-help", "The office sends letters by mail."),
            article("better", "A better browser", "browser-and-device", "Use a better browser."),
        ]
        return Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))
    }()

    static func ids(_ query: String) -> [String] { searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue) }

    /// "registring" stems to "registr", the stem of "registration", but no word of the
    /// collection is written so: it is read as "registering" too, below the stem it shares.
    @Test func misspellingWithAnotherWordsStemIsCorrected() {
        #expect(Self.ids("registring") == ["registration-fee", "registering"])
        #expect(Self.searcher.search(SearchRequest(query: "registring")).suggestion == "registering")
    }

    /// "letter" is no word of the collection, but its plural "letters" is: not a typo of "better".
    @Test func singularOfAWordOfTheCollectionIsNoTypo() {
        #expect(Self.ids("letter") == ["letters"])
        #expect(Self.searcher.search(SearchRequest(query: "letter")).suggestion == nil)
    }

    /// "blocked" is no word of the collection, but "block" is and "blocked" is its past:
    /// a word people write, not a typo of "locked".
    @Test func inflectionOfAWordOfTheCollectionIsNoTypo() {
        #expect(Self.ids("blocked") == ["blocker"])
    }
}
