/// The Snowball Spanish stemmer, following `spanish.sbl` as of Snowball 3.0 (snowballstem.org):
/// regions RV, R1 and R2; step 0 removes attached pronouns ("dámelo"), step 1 standard
/// suffixes, steps 2a and 2b verb suffixes, step 3 a residual vowel, and last the acute
/// accents come off. Snowball 3.0's rules for text typed without accents are included
/// (`-acion` and `-ucion` are removed like `-ación` and `-ución`).
///
/// The input is expected to be an already lowercased word in composed form (NFC), with its
/// accents: the rules tell "aceptarían" (a conditional) from "aceptarian", so accents must be
/// folded only after stemming. "ñ" and "ü" are kept; characters outside Latin-1 count as
/// consonants and are kept as they are.
public struct SpanishStemmer: Sendable {
    /// Creates a stemmer. The stemmer holds no state, so one instance can be shared.
    public init() {}

    /// Returns the stem of `word`: "contraseñas" -> "contraseñ", "código" -> "codig".
    public func stem(_ word: String) -> String {
        let characters = StemmerWord(word, keepingLatin1: true)
        var buffer = Buffer(characters.bytes)
        buffer.run()
        return characters.string(buffer.w)
    }
}

// MARK: - Algorithm

extension SpanishStemmer {
    // Latin-1 codes of the letters the rules name.
    fileprivate enum Letter {
        static let aAcute: UInt8 = 0xE1
        static let eAcute: UInt8 = 0xE9
        static let iAcute: UInt8 = 0xED
        static let oAcute: UInt8 = 0xF3
        static let uAcute: UInt8 = 0xFA
        static let uDiaeresis: UInt8 = 0xFC
        static let g = UInt8(ascii: "g")
        static let u = UInt8(ascii: "u")
    }

    // The word being stemmed, one byte per character, with the regions RV, R1 and R2.
    fileprivate struct Buffer {
        var w: [UInt8]
        var pV = 0
        var p1 = 0
        var p2 = 0

        init(_ bytes: [UInt8]) { w = bytes }

        mutating func run() {
            markRegions()
            attachedPronoun()
            if !standardSuffix(), !yVerbSuffix() { verbSuffix() }
            residualSuffix()
            removeAccents()
        }

        // MARK: Character classes

        // a e i o u á é í ó ú ü
        @inline(__always) static func isV(_ c: UInt8) -> Bool {
            switch c {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 Letter.aAcute, Letter.eAcute, Letter.iAcute, Letter.oAcute, Letter.uAcute, Letter.uDiaeresis:
                return true
            default:
                return false
            }
        }

        // The letter without its acute accent.
        @inline(__always) static func unaccented(_ c: UInt8) -> UInt8 {
            switch c {
            case Letter.aAcute: UInt8(ascii: "a")
            case Letter.eAcute: UInt8(ascii: "e")
            case Letter.iAcute: UInt8(ascii: "i")
            case Letter.oAcute: UInt8(ascii: "o")
            case Letter.uAcute: UInt8(ascii: "u")
            default: c
            }
        }

        // MARK: Helpers

        // Whether `w` ends with `suffix` (ASCII).
        @inline(__always) func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard w.count >= n else { return false }
            let s = suffix.utf8Start
            let base = w.count - n
            for i in 0..<n where w[base + i] != s[i] { return false }
            return true
        }

        // Deletes the last `count` characters when they start in R2.
        @inline(__always) mutating func deleteInR2(_ count: Int) -> Bool {
            guard w.count - count >= p2 else { return false }
            w.removeLast(count)
            return true
        }

        @inline(__always) mutating func replaceSuffix(_ count: Int, with replacement: StaticString) {
            w.removeLast(count)
            let s = replacement.utf8Start
            for i in 0..<replacement.utf8CodeUnitCount { w.append(s[i]) }
        }

        // MARK: Regions

        // RV: after the next vowel when the second letter is a consonant, after the next
        // consonant when the first two letters are vowels, otherwise after the third letter.
        // R1 and R2 as in every Snowball stemmer.
        mutating func markRegions() {
            let n = w.count
            pV = n
            p1 = n
            p2 = n
            if n >= 2 {
                if !Self.isV(w[1]) {
                    if let end = past(vowel: true, from: 2) { pV = end }
                } else if Self.isV(w[0]) {
                    if let end = past(vowel: false, from: 2) { pV = end }
                } else if n >= 3 {
                    pV = 3
                }
            }
            guard let vowel = past(vowel: true, from: 0), let end1 = past(vowel: false, from: vowel) else { return }
            p1 = end1
            guard let vowel2 = past(vowel: true, from: end1), let end2 = past(vowel: false, from: vowel2) else { return }
            p2 = end2
        }

        // `gopast v` (or `gopast non-v`) from `from`: the position after the first such letter.
        func past(vowel: Bool, from: Int) -> Int? {
            var i = from
            while i < w.count {
                if Self.isV(w[i]) == vowel { return i + 1 }
                i += 1
            }
            return nil
        }

        // MARK: Steps

        // Step 0: a pronoun attached to an infinitive or gerund in RV ("comprándolo" ->
        // "comprando", "verlo" -> "ver").
        mutating func attachedPronoun() {
            guard let pronoun = Tables.pronouns.longest(in: w, end: w.count) else { return }
            let end = w.count - pronoun.count
            guard let ending = Tables.pronounHosts.longest(in: w, end: end) else { return }
            let start = end - ending.count
            guard start >= pV else { return }
            switch ending.tag {
            case .plain:
                break
            case .accented:
                for i in start..<end { w[i] = Self.unaccented(w[i]) }
            case .afterU:
                guard start >= 1, w[start - 1] == Letter.u else { return }
            }
            w.removeLast(pronoun.count)
        }

        // Step 1: the longest standard suffix, if its region condition holds.
        mutating func standardSuffix() -> Bool {
            guard let suffix = Tables.standard.longest(in: w, end: w.count) else { return false }
            let start = w.count - suffix.count
            switch suffix.tag {
            case .delete:
                return deleteInR2(suffix.count)
            case .deleteThenIc:
                guard deleteInR2(suffix.count) else { return false }
                if ends("ic") { _ = deleteInR2(2) }
            case .log, .u, .ente:
                guard start >= p2 else { return false }
                switch suffix.tag {
                case .log: replaceSuffix(suffix.count, with: "log")
                case .u: replaceSuffix(suffix.count, with: "u")
                default: replaceSuffix(suffix.count, with: "ente")
                }
            case .amente:
                guard start >= p1 else { return false }
                w.removeLast(suffix.count)
                if ends("iv") {
                    if deleteInR2(2), ends("at") { _ = deleteInR2(2) }
                } else if ends("os") || ends("ic") || ends("ad") {
                    _ = deleteInR2(2)
                }
            case .mente:
                guard deleteInR2(suffix.count) else { return false }
                if ends("ante") || ends("able") || ends("ible") { _ = deleteInR2(4) }
            case .idad:
                guard deleteInR2(suffix.count) else { return false }
                if ends("abil") {
                    _ = deleteInR2(4)
                } else if ends("ic") || ends("iv") {
                    _ = deleteInR2(2)
                }
            case .iv:
                guard deleteInR2(suffix.count) else { return false }
                if ends("at") { _ = deleteInR2(2) }
            }
            return true
        }

        // Step 2a: a verb suffix beginning with "y", in RV and after a "u" ("huyeron").
        mutating func yVerbSuffix() -> Bool {
            guard let suffix = Tables.yVerb.longest(in: w, end: w.count, from: pV) else { return false }
            let start = w.count - suffix.count
            guard start >= 1, w[start - 1] == Letter.u else { return false }
            w.removeLast(suffix.count)
            return true
        }

        // Step 2b: the other verb suffixes in RV; "-en", "-es", "-éis", "-emos" take a "u"
        // after "g" with them ("paguen" -> "pag").
        mutating func verbSuffix() {
            guard let suffix = Tables.verb.longest(in: w, end: w.count, from: pV) else { return }
            var start = w.count - suffix.count
            if suffix.tag == .afterGu, start >= 2, w[start - 1] == Letter.u, w[start - 2] == Letter.g { start -= 1 }
            w.removeSubrange(start...)
        }

        // Step 3: a residual vowel in RV; "-e" also takes a "u" after "g" in RV with it.
        mutating func residualSuffix() {
            guard let suffix = Tables.residual.longest(in: w, end: w.count) else { return }
            guard w.count - suffix.count >= pV else { return }
            w.removeLast(suffix.count)
            if suffix.tag == .e, ends("gu"), w.count - 1 >= pV { w.removeLast() }
        }

        // Last: á é í ó ú -> a e i o u (ü stays).
        mutating func removeAccents() {
            for i in w.indices where w[i] >= 0x80 { w[i] = Self.unaccented(w[i]) }
        }
    }
}

// MARK: - Suffix lists

extension SpanishStemmer {
    fileprivate enum Pronoun: Sendable { case pronoun }
    fileprivate enum PronounHost: Sendable { case plain, accented, afterU }
    fileprivate enum Standard: Sendable { case delete, deleteThenIc, log, u, ente, amente, mente, idad, iv }
    fileprivate enum YVerb: Sendable { case afterU }
    fileprivate enum Verb: Sendable { case afterGu, delete }
    fileprivate enum Residual: Sendable { case vowel, e }

    fileprivate enum Tables {
        static let pronouns = SuffixTable<Pronoun>(
            ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"]
                .map { ($0, .pronoun) }
        )

        static let pronounHosts = SuffixTable<PronounHost>(
            ["ando", "iendo", "ar", "er", "ir"].map { ($0, .plain) }
                + ["iéndo", "ándo", "ár", "ér", "ír"].map { ($0, .accented) }
                + [("yendo", .afterU)]
        )

        static let standard = SuffixTable<Standard>(
            tagged(.delete, """
                anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas
                amiento amientos imiento imientos
                """)
                + tagged(.deleteThenIc, "adora ador ación adoras adores aciones acion ante antes ancia ancias")
                + tagged(.log, "logía logías")
                + tagged(.u, "ución uciones ucion")
                + tagged(.ente, "encia encias")
                + tagged(.amente, "amente")
                + tagged(.mente, "mente")
                + tagged(.idad, "idad idades")
                + tagged(.iv, "iva ivo ivas ivos")
        )

        static let yVerb = SuffixTable<YVerb>(
            tagged(.afterU, "ya ye yan yen yeron yendo yo yó yas yes yais yamos")
        )

        static let verb = SuffixTable<Verb>(
            tagged(.afterGu, "en es éis emos")
                + tagged(.delete, """
                    arían arías arán arás aríais aría aréis aríamos aremos ará aré
                    erían erías erán erás eríais ería eréis eríamos eremos erá eré
                    irían irías irán irás iríais iría iréis iríamos iremos irá iré
                    aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen
                    aron ieron ado ido ando iendo ió ar er ir as abas adas idas ías aras ieras ases ieses
                    ís áis abais íais arais ierais aseis ieseis asteis isteis ados idos amos ábamos íamos
                    imos áramos iéramos iésemos ásemos
                    """)
        )

        static let residual = SuffixTable<Residual>(
            tagged(.vowel, "os a o á í ó") + tagged(.e, "e é")
        )

        private static func tagged<Tag>(_ tag: Tag, _ list: String) -> [(String, Tag)] {
            list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), tag) }
        }
    }
}

// MARK: - Stemmer

extension SpanishStemmer: Stemmer {
    /// Words of the Spanish alphabet: a-z, á é í ó ú ü ñ. Codes, numbers, compounds and
    /// words with other letters are left as they are.
    public func isPlainWord(_ term: String) -> Bool {
        var bytes = term.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { continue }
            // á é í ó ú ü ñ are 0xC3 followed by 0xA1 0xA9 0xAD 0xB3 0xBA 0xBC 0xB1.
            guard byte == 0xC3, let second = bytes.next() else { return false }
            switch second {
            case 0xA1, 0xA9, 0xAD, 0xB3, 0xBA, 0xBC, 0xB1: continue
            default: return false
            }
        }
        return true
    }
}
