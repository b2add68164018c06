/// The Snowball English ("Porter2") stemmer, following `english.sbl` as of Snowball 3.1
/// (snowballstem.org): R1 starts after the prefixes `gener`, `commun`, `arsen`, `past`,
/// `univers`, `later`, `emerg`, `organ` and `inter`; Step 2 has the `ogist` rule; Step 1b
/// leaves `inning`, `proceed`… alone and turns `dying` into `die`.
///
/// The input is expected to be an already lowercased word. Words shorter than three
/// characters come back unchanged. Characters outside ASCII are treated as
/// consonants, exactly as the reference implementation does, and are kept as they are.
public struct Porter2Stemmer: Sendable {
    /// Creates a stemmer. The stemmer holds no state, so one instance can be shared.
    public init() {}

    /// Returns the stem of `word`.
    public func stem(_ word: String) -> String {
        if word.utf8.count < 3 { return word }
        let characters = StemmerWord(word, keepingLatin1: false)
        if characters.bytes.count < 3 { return word }
        var buffer = Buffer(characters.bytes)
        if characters.isExact, let exception = buffer.exceptionalForm() {
            return exception
        }
        buffer.run()
        return characters.string(buffer.w)
    }
}

// MARK: - Algorithm

extension Porter2Stemmer {
    // The word being stemmed, one byte per character, with the regions R1 and R2.
    fileprivate struct Buffer {
        var w: [UInt8]
        var p1 = 0
        var p2 = 0
        var yFound = false

        init(_ bytes: [UInt8]) { w = bytes }

        mutating func run() {
            prelude()
            markRegions()
            step1a()
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
            if yFound {
                for i in w.indices where w[i] == UInt8(ascii: "Y") { w[i] = UInt8(ascii: "y") }
            }
        }

        // MARK: Character classes

        // a e i o u y
        @inline(__always) static func isV(_ c: UInt8) -> Bool {
            let i = c &- 97
            return i < 26 && (0x110_4111 as UInt32) >> UInt32(i) & 1 == 1
        }

        // a e i o u y w x Y
        @inline(__always) static func isVWXY(_ c: UInt8) -> Bool {
            isV(c) || c == UInt8(ascii: "w") || c == UInt8(ascii: "x") || c == UInt8(ascii: "Y")
        }

        // c d e g h k m n r t
        @inline(__always) static func isValidLI(_ c: UInt8) -> Bool {
            let i = c &- 97
            // c=2 d=3 e=4 g=6 h=7 k=10 m=12 n=13 r=17 t=19
            return i < 26 && (0x0A_34DC as UInt32) >> UInt32(i) & 1 == 1
        }

        // MARK: Helpers

        @inline(__always) func ends(_ suffix: StaticString) -> Bool {
            ends(suffix, at: w.count)
        }

        // Whether `w[..<end]` ends with `suffix`.
        @inline(__always) func ends(_ suffix: StaticString, at end: Int) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard end >= n else { return false }
            let s = suffix.utf8Start
            var i = 0
            while i < n {
                if w[end - n + i] != s[i] { return false }
                i += 1
            }
            return true
        }

        @inline(__always) func equals(_ literal: StaticString) -> Bool {
            w.count == literal.utf8CodeUnitCount && ends(literal)
        }

        // Replaces the last `count` bytes with `replacement`.
        @inline(__always) mutating func replaceSuffix(_ count: Int, with replacement: StaticString) {
            w.removeLast(count)
            append(replacement)
        }

        @inline(__always) mutating func append(_ literal: StaticString) {
            let s = literal.utf8Start
            for i in 0..<literal.utf8CodeUnitCount { w.append(s[i]) }
        }

        // Whether `w[..<end]` contains a vowel.
        @inline(__always) func hasVowel(before end: Int) -> Bool {
            var i = 0
            while i < end {
                if Self.isV(w[i]) { return true }
                i += 1
            }
            return false
        }

        // `shortv` evaluated with the cursor at `end`.
        func isShortSyllable(endingAt end: Int) -> Bool {
            if end >= 3, !Self.isVWXY(w[end - 1]), Self.isV(w[end - 2]), !Self.isV(w[end - 3]) {
                return true
            }
            if end == 2, !Self.isV(w[1]), Self.isV(w[0]) {
                return true
            }
            return ends("past", at: end)
        }

        // MARK: Exceptional forms

        // The whole-word exceptions checked before anything else.
        func exceptionalForm() -> String? {
            guard (3...6).contains(w.count) else { return nil }
            switch w[0] {
            case UInt8(ascii: "s"):
                if equals("skis") { return "ski" }
                if equals("skies") { return "sky" }
                if equals("sky") { return "sky" }
                if equals("singly") { return "singl" }
            case UInt8(ascii: "i"):
                if equals("idly") { return "idl" }
            case UInt8(ascii: "g"):
                if equals("gently") { return "gentl" }
            case UInt8(ascii: "u"):
                if equals("ugly") { return "ugli" }
            case UInt8(ascii: "e"):
                if equals("early") { return "earli" }
            case UInt8(ascii: "o"):
                if equals("only") { return "onli" }
            case UInt8(ascii: "n"):
                if equals("news") { return "news" }
            case UInt8(ascii: "h"):
                if equals("howe") { return "howe" }
            case UInt8(ascii: "a"):
                if equals("atlas") { return "atlas" }
                if equals("andes") { return "andes" }
            case UInt8(ascii: "c"):
                if equals("cosmos") { return "cosmos" }
            case UInt8(ascii: "b"):
                if equals("bias") { return "bias" }
            default:
                break
            }
            return nil
        }

        // MARK: Prelude and regions

        mutating func prelude() {
            if w.first == UInt8(ascii: "'") { w.removeFirst() }
            guard !w.isEmpty else { return }
            if w[0] == UInt8(ascii: "y") {
                w[0] = UInt8(ascii: "Y")
                yFound = true
            }
            var i = 1
            while i < w.count {
                if w[i] == UInt8(ascii: "y"), Self.isV(w[i - 1]) {
                    w[i] = UInt8(ascii: "Y")
                    yFound = true
                }
                i += 1
            }
        }

        mutating func markRegions() {
            let n = w.count
            p1 = n
            p2 = n
            var start: Int
            if let prefix = regionPrefixLength() {
                start = prefix
            } else {
                guard let end = vowelThenConsonant(from: 0) else { return }
                start = end
            }
            p1 = start
            if let end = vowelThenConsonant(from: start) { p2 = end }
        }

        // `gopast v gopast non-v` from `from`: the position after the first consonant
        // that follows a vowel.
        func vowelThenConsonant(from: Int) -> Int? {
            var i = from
            let n = w.count
            while i < n, !Self.isV(w[i]) { i += 1 }
            guard i < n else { return nil }
            i += 1
            while i < n, Self.isV(w[i]) { i += 1 }
            guard i < n else { return nil }
            return i + 1
        }

        // The length of an exceptional prefix that R1 starts right after, if any.
        func regionPrefixLength() -> Int? {
            guard w.count >= 4 else { return nil }
            let prefix: StaticString
            switch w[0] {
            case UInt8(ascii: "g"): prefix = "gener"
            case UInt8(ascii: "c"): prefix = "commun"
            case UInt8(ascii: "a"): prefix = "arsen"
            case UInt8(ascii: "p"): prefix = "past"
            case UInt8(ascii: "u"): prefix = "univers"
            case UInt8(ascii: "l"): prefix = "later"
            case UInt8(ascii: "e"): prefix = "emerg"
            case UInt8(ascii: "o"): prefix = "organ"
            case UInt8(ascii: "i"): prefix = "inter"
            default: return nil
            }
            return startsWith(prefix) ? prefix.utf8CodeUnitCount : nil
        }

        @inline(__always) func startsWith(_ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard w.count >= n else { return false }
            let s = prefix.utf8Start
            for i in 0..<n where w[i] != s[i] { return false }
            return true
        }

        // MARK: Steps

        mutating func step1a() {
            if ends("'s'") {
                w.removeLast(3)
            } else if ends("'s") {
                w.removeLast(2)
            } else if ends("'") {
                w.removeLast(1)
            }
            let n = w.count
            if ends("sses") {
                w.removeLast(2)
            } else if ends("ied") || ends("ies") {
                replaceSuffix(3, with: n - 3 >= 2 ? "i" : "ie")
            } else if ends("ss") || ends("us") {
                return
            } else if ends("s") {
                // `next gopast v`: a vowel somewhere before the letter preceding the s.
                if n >= 2, hasVowel(before: n - 2) { w.removeLast() }
            }
        }

        mutating func step1b() {
            let n = w.count
            guard n >= 2 else { return }
            let suffix: Int
            if ends("eedly") || ends("eed") {
                let s = ends("eedly") ? n - 5 : n - 3
                let stemOnly = s == 4 && ends("proc", at: s) || s == 3 && ends("exc", at: s)
                    || s == 4 && ends("succ", at: s)
                if !stemOnly, s >= p1 { replaceSuffix(n - s, with: "ee") }
                return
            } else if ends("ingly") {
                suffix = 5
            } else if ends("edly") {
                suffix = 4
            } else if ends("ing") {
                let s = n - 3
                if s >= 1, w[s - 1] == UInt8(ascii: "y") {
                    if s == 2, !Self.isV(w[0]) {
                        // dying -> die, lying -> lie, tying -> tie, vying -> vie
                        w.removeLast(4)
                        append("ie")
                        return
                    }
                } else if s == 3 && (ends("inn", at: s) || ends("out", at: s))
                    || s == 4 && (ends("cann", at: s) || ends("herr", at: s) || ends("earr", at: s)
                        || ends("even", at: s)) {
                    return
                }
                suffix = 3
            } else if ends("ed") {
                suffix = 2
            } else {
                return
            }

            let s = n - suffix
            guard hasVowel(before: s) else { return }
            w.removeLast(suffix)
            let m = s
            if ends("at") || ends("bl") || ends("iz") {
                w.append(UInt8(ascii: "e"))
                return
            }
            if m >= 2, w[m - 1] == w[m - 2], Self.isUndoubling(w[m - 1]) {
                if m == 3, Self.isAEO(w[0]) { return }
                w.removeLast()
                return
            }
            if m == p1, isShortSyllable(endingAt: m) {
                w.append(UInt8(ascii: "e"))
            }
        }

        // b d f g m n p r t: the doubled consonants Step 1b undoubles.
        @inline(__always) static func isUndoubling(_ c: UInt8) -> Bool {
            switch c {
            case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
                 UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            default:
                return false
            }
        }

        @inline(__always) static func isAEO(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "o")
        }

        mutating func step1c() {
            let n = w.count
            guard n >= 3, w[n - 1] == UInt8(ascii: "y") || w[n - 1] == UInt8(ascii: "Y"),
                  !Self.isV(w[n - 2]) else { return }
            w[n - 1] = UInt8(ascii: "i")
        }

        // Applies the longest-matching rule's replacement if its suffix starts in R1.
        @inline(__always) mutating func replaceInR1(_ suffix: StaticString, with replacement: StaticString) {
            let count = suffix.utf8CodeUnitCount
            if w.count - count >= p1 { replaceSuffix(count, with: replacement) }
        }

        mutating func step2() {
            let n = w.count
            guard n >= 3 else { return }
            switch w[n - 1] {
            case UInt8(ascii: "l"):
                if ends("ational") { replaceInR1("ational", with: "ate") }
                else if ends("tional") { replaceInR1("tional", with: "tion") }
            case UInt8(ascii: "i"):
                if ends("biliti") { replaceInR1("biliti", with: "ble") }
                else if ends("lessli") { replaceInR1("lessli", with: "less") }
                else if ends("entli") { replaceInR1("entli", with: "ent") }
                else if ends("aliti") { replaceInR1("aliti", with: "al") }
                else if ends("ousli") { replaceInR1("ousli", with: "ous") }
                else if ends("iviti") { replaceInR1("iviti", with: "ive") }
                else if ends("fulli") { replaceInR1("fulli", with: "ful") }
                else if ends("enci") { replaceInR1("enci", with: "ence") }
                else if ends("anci") { replaceInR1("anci", with: "ance") }
                else if ends("abli") { replaceInR1("abli", with: "able") }
                else if ends("alli") { replaceInR1("alli", with: "al") }
                else if ends("bli") { replaceInR1("bli", with: "ble") }
                else if ends("ogi") {
                    if n - 3 >= p1, n >= 4, w[n - 4] == UInt8(ascii: "l") { replaceSuffix(3, with: "og") }
                } else if ends("li") {
                    if n - 2 >= p1, Self.isValidLI(w[n - 3]) { w.removeLast(2) }
                }
            case UInt8(ascii: "r"):
                if ends("izer") { replaceInR1("izer", with: "ize") }
                else if ends("ator") { replaceInR1("ator", with: "ate") }
            case UInt8(ascii: "n"):
                if ends("ization") { replaceInR1("ization", with: "ize") }
                else if ends("ation") { replaceInR1("ation", with: "ate") }
            case UInt8(ascii: "m"):
                if ends("alism") { replaceInR1("alism", with: "al") }
            case UInt8(ascii: "s"):
                if ends("fulness") { replaceInR1("fulness", with: "ful") }
                else if ends("ousness") { replaceInR1("ousness", with: "ous") }
                else if ends("iveness") { replaceInR1("iveness", with: "ive") }
            case UInt8(ascii: "t"):
                if ends("ogist") { replaceInR1("ogist", with: "og") }
            default:
                break
            }
        }

        mutating func step3() {
            let n = w.count
            guard n >= 3 else { return }
            switch w[n - 1] {
            case UInt8(ascii: "l"):
                if ends("ational") { replaceInR1("ational", with: "ate") }
                else if ends("tional") { replaceInR1("tional", with: "tion") }
                else if ends("ical") { replaceInR1("ical", with: "ic") }
                else if ends("ful") { replaceInR1("ful", with: "") }
            case UInt8(ascii: "e"):
                if ends("alize") { replaceInR1("alize", with: "al") }
                else if ends("icate") { replaceInR1("icate", with: "ic") }
                else if ends("ative") {
                    if n - 5 >= p1, n - 5 >= p2 { w.removeLast(5) }
                }
            case UInt8(ascii: "i"):
                if ends("iciti") { replaceInR1("iciti", with: "ic") }
            case UInt8(ascii: "s"):
                if ends("ness") { replaceInR1("ness", with: "") }
            default:
                break
            }
        }

        // Deletes the last `count` bytes if they start in R2.
        @inline(__always) mutating func deleteInR2(_ count: Int) {
            if w.count - count >= p2 { w.removeLast(count) }
        }

        mutating func step4() {
            let n = w.count
            guard n >= 3 else { return }
            switch w[n - 1] {
            case UInt8(ascii: "l"):
                if ends("al") { deleteInR2(2) }
            case UInt8(ascii: "e"):
                if ends("ance") || ends("ence") || ends("able") || ends("ible") { deleteInR2(4) }
                else if ends("ate") || ends("ive") || ends("ize") { deleteInR2(3) }
            case UInt8(ascii: "r"):
                if ends("er") { deleteInR2(2) }
            case UInt8(ascii: "c"):
                if ends("ic") { deleteInR2(2) }
            case UInt8(ascii: "t"):
                if ends("ement") { deleteInR2(5) }
                else if ends("ment") { deleteInR2(4) }
                else if ends("ant") || ends("ent") { deleteInR2(3) }
            case UInt8(ascii: "m"):
                if ends("ism") { deleteInR2(3) }
            case UInt8(ascii: "i"):
                if ends("iti") { deleteInR2(3) }
            case UInt8(ascii: "s"):
                if ends("ous") { deleteInR2(3) }
            case UInt8(ascii: "n"):
                if ends("ion"), n - 3 >= p2, n >= 4, w[n - 4] == UInt8(ascii: "s") || w[n - 4] == UInt8(ascii: "t") {
                    w.removeLast(3)
                }
            default:
                break
            }
        }

        mutating func step5() {
            let n = w.count
            guard n >= 1 else { return }
            let s = n - 1
            if w[s] == UInt8(ascii: "e") {
                if s >= p2 || (s >= p1 && !isShortSyllable(endingAt: s)) { w.removeLast() }
            } else if w[s] == UInt8(ascii: "l") {
                if s >= p2, s >= 1, w[s - 1] == UInt8(ascii: "l") { w.removeLast() }
            }
        }
    }
}
