/// Regular Spanish inflections of a word, for matching a word a synonym names "and its
/// inflections" (as `EnglishInflections` does in English) without the Snowball stemmer's
/// conflations ("cuenta" and "cuento" both stem to "cuent"). Works on surface forms:
/// lower case, accents folded ("llegó" is "llego", "contraseña" is "contrasena").
///
/// `forms` gives a noun's or adjective's plural, and the feminine of a participle or a noun
/// in -or ("bloqueada", "doctora"). `verbForms` gives, from an infinitive, the regular
/// conjugations (present, preterite, imperfect, future, conditional, both subjunctives,
/// imperatives, gerund and participle), with the spelling changes before "e" of verbs in
/// -car, -gar and -zar ("busque", "llegue", "empece") and before "o" and "a" of verbs in
/// -ger, -gir, -cer and -cir ("escojo", "conozco"), and the infinitive, gerund and
/// imperatives with a pronoun attached ("escribirle", "mandame"). Stem-changing and other
/// irregular verbs ("puedo", "tengo") are not generated.
enum SpanishInflections {
    /// The three conjugations, by the infinitive's ending.
    enum Conjugation: CaseIterable {
        case ar, er, ir

        var infinitiveEnding: String {
            switch self {
            case .ar: "ar"
            case .er: "er"
            case .ir: "ir"
            }
        }

        /// The endings added to the stem ("cancel" + "aron"), accents folded.
        var endings: [String] {
            switch self {
            case .ar: Self.arEndings
            case .er: Self.erEndings
            case .ir: Self.irEndings
            }
        }

        /// The forms a pronoun may be attached to: infinitive, gerund, and the imperatives of
        /// "tú", "usted" and "ustedes" ("manda", "mande", "manden").
        var cliticHosts: [String] {
            switch self {
            case .ar: ["ar", "ando", "a", "e", "en"]
            case .er, .ir: [infinitiveEnding, "iendo", "e", "a", "an"]
            }
        }

        private static let arEndings = [
            "ar", "o", "as", "a", "amos", "ais", "an", "e", "aste", "asteis", "aron", "aba", "abas", "abamos", "abais", "aban",
            "are", "aras", "ara", "aremos", "areis", "aran", "aria", "arias", "ariamos", "ariais", "arian", "es", "emos", "eis",
            "en", "aramos", "ase", "ases", "asemos", "aseis", "asen", "ad", "ando", "ado", "ada", "ados", "adas",
        ]
        private static let erEndings = endings(of: .er)
        private static let irEndings = endings(of: .ir)

        /// The endings of -er and -ir verbs, which differ only where the infinitive's vowel shows.
        private static func endings(of conjugation: Conjugation) -> [String] {
            let infinitive = conjugation.infinitiveEnding
            return [infinitive, "o", "es", "e", "emos", "eis", "en", "imos", "is", "i", "iste", "io", "isteis", "ieron", "ia",
                    "ias", "iamos", "iais", "ian", "iera", "ieras", "ieramos", "ierais", "ieran", "iese", "ieses", "iesemos",
                    "ieseis", "iesen", "a", "as", "amos", "ais", "an", conjugation == .er ? "ed" : "id", "iendo", "ido", "ida",
                    "idos", "idas"]
                + ["e", "as", "a", "emos", "eis", "an", "ia", "ias", "iamos", "iais", "ian"].map { infinitive + $0 }
        }
    }

    /// Pronouns written onto a verb ("escribirle", "mandenmelo"), longest first: one, or "me" or
    /// "se" before another (patients write "reenviármelo", rarely "enviárnoslo").
    static let clitics = ["selos", "selas", "melos", "melas", "selo", "sela", "melo", "mela", "les", "los", "las", "nos", "me",
                          "te", "se", "le", "lo", "la"]

    /// Endings whose first letter changes the spelling of the stem's last consonant, by
    /// conjugation: before "e" in -ar verbs, before "o" and "a" in the others.
    private static func changesSpelling(_ ending: String, _ conjugation: Conjugation) -> Bool {
        guard let first = ending.first else { return false }
        return conjugation == .ar ? first == "e" : first == "o" || first == "a"
    }

    /// The stem as written before such an ending: "busc" -> "busqu", "lleg" -> "llegu",
    /// "empez" -> "empec" (-ar); "escog" -> "escoj", "conoc" -> "conozc" (-er, -ir).
    private static func respelled(_ stem: String, _ conjugation: Conjugation) -> String {
        switch conjugation {
        case .ar:
            if stem.hasSuffix("c") { return stem.dropLast() + "qu" }
            if stem.hasSuffix("g") { return stem + "u" }
            if stem.hasSuffix("z") { return stem.dropLast() + "c" }
        case .er, .ir:
            if stem.hasSuffix("g") { return stem.dropLast() + "j" }
            if stem.hasSuffix("c"), let before = stem.dropLast().last, vowels.contains(before) { return stem.dropLast() + "zc" }
        }
        return stem
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// The conjugation of an infinitive ("cancelar", "escribir"), nil for another word.
    static func conjugation(ofInfinitive word: String) -> Conjugation? {
        guard word.count >= 4, word.allSatisfy({ $0.isLetter }) else { return nil }
        return Conjugation.allCases.first { word.hasSuffix($0.infinitiveEnding) }
    }

    /// The word a form is listed under: an infinitive without the pronouns written onto it
    /// ("inscribirse", "resetearla" -> "inscribir", "resetear"), or a noun or adjective
    /// without a regular plural ending ("citas" -> "cita", "doctores" -> "doctor", "luces" ->
    /// "luz", "nombres" -> "nombre"). Words of three letters or fewer, and words with digits,
    /// are returned as they are.
    static func lemma(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        for clitic in clitics where word.hasSuffix(clitic) {
            let host = String(word.dropLast(clitic.count))
            if conjugation(ofInfinitive: host) != nil { return host }
        }
        guard word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        let letters = Array(word)
        if word.hasSuffix("ces") { return String(letters.dropLast(3)) + "z" }
        // A consonant plural adds "es" to a word ending in one consonant after a vowel
        // ("doctor-es", "ciudad-es"); "nombr-es" is "nombre" + "s".
        if word.hasSuffix("es"), letters.count > 4, "lnrdyj".contains(letters[letters.count - 3]),
           vowels.contains(letters[letters.count - 4]) {
            return String(letters.dropLast(2))
        }
        return String(letters.dropLast())
    }

    /// The forms a written word shares its word with, whatever else the rules write: the
    /// word, and its lemma's plural, or both genders of a participle or a noun in -or.
    static func forms(of word: String) -> Set<String> {
        nominalForms(of: lemma(word)).union([word])
    }

    /// The conjugated forms of a written verb: an infinitive, with or without pronouns
    /// ("escribirle" gives "escribo", "escribio", "escribiendole"), or a participle in -ado
    /// ("bloqueado" gives "bloqueo", "bloquearon"). Regular conjugations, and pronouns attached
    /// where Spanish writes them. Many forms are also nouns ("registro", "cambio", "vinculo"),
    /// which is why a caller gives a form to the verb only when no written word is it.
    static func verbForms(of word: String) -> Set<String> {
        Set(infinitives(of: word).flatMap(conjugatedForms))
    }

    /// The infinitive a written verb names: the word without its pronouns, if it is an
    /// infinitive, or the -ar verb of a participle in -ado or -ada ("bloqueada": "bloquear").
    /// Participles in -ido are not read: their verb may be in -er or -ir, and the guess for a
    /// noun that only looks like one ("marido") would take "maria" and "mario".
    static func infinitives(of word: String) -> [String] {
        let word = lemma(word)
        if conjugation(ofInfinitive: word) != nil { return [word] }
        for ending in ["ado", "ada"] where word.hasSuffix(ending) && word.count - ending.count >= 2 {
            return [word.dropLast(ending.count) + "ar"]
        }
        return []
    }

    /// An infinitive's regular forms, with pronouns attached where Spanish writes them.
    static func conjugatedForms(ofInfinitive infinitive: String) -> [String] {
        guard let conjugation = conjugation(ofInfinitive: infinitive) else { return [] }
        let stem = String(infinitive.dropLast(2))
        let respelledStem = respelled(stem, conjugation)
        var forms = [infinitive]
        forms.reserveCapacity(1 + conjugation.endings.count + conjugation.cliticHosts.count * clitics.count)
        for ending in conjugation.endings {
            forms.append((changesSpelling(ending, conjugation) ? respelledStem : stem) + ending)
        }
        for host in conjugation.cliticHosts {
            let written = (changesSpelling(host, conjugation) ? respelledStem : stem) + host
            for clitic in clitics { forms.append(written + clitic) }
        }
        return forms
    }

    /// A noun's or adjective's forms: singular and plural, and both genders of a participle
    /// ("bloqueado", "bloqueada", "bloqueados", "bloqueadas") or a noun in -or ("doctora").
    private static func nominalForms(of word: String) -> Set<String> {
        var forms: Set<String> = [word]
        guard word.count > 2, word.allSatisfy({ $0.isLetter }), let last = word.last else { return forms }
        if ["ado", "ido", "ada", "ida"].contains(where: { word.hasSuffix($0) }) {
            let stem = word.dropLast()
            forms.formUnion([stem + "o", stem + "a", stem + "os", stem + "as"])
        } else if word.hasSuffix("or") {
            forms.formUnion([word + "es", word + "a", word + "as"])
        } else if vowels.contains(last) {
            forms.insert(word + "s")
        } else if last == "z" {
            forms.insert(word.dropLast() + "ces")
        } else if last != "s" {
            forms.formUnion([word + "es", word + "s"])
        }
        return forms
    }
}
