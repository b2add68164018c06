/// Regular English inflections of a word, for matching a named word "and its inflections"
/// without conflating it with other words of the same stem (as Porter2 does: "provider"
/// and "provided" both stem to "provid"). `lemma` strips a plural or possessive (Lucene's
/// EnglishMinimalStemmer, plus possessives); `forms` generates the regular plural,
/// possessive, past and -ing forms from a lemma, and the forms of irregular verbs.
enum EnglishInflections {
    /// The word without a regular plural or possessive ending: "providers" -> "provider",
    /// "doctor's" -> "doctor", "replies" -> "reply". Words of three letters or fewer, and
    /// words with digits, are returned as they are.
    static func lemma(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) } else if word.hasSuffix("s'") { word.removeLast(1) }
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        if word.hasSuffix("ies"), !word.hasSuffix("eies"), !word.hasSuffix("aies") {
            return String(word.dropLast(3)) + "y"
        }
        if word.hasSuffix("es"), !word.hasSuffix("aes"), !word.hasSuffix("ees"), !word.hasSuffix("oes"),
           word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("xes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("us"), !word.hasSuffix("ss"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    /// The words `word` may be a regular past or -ing form of ("signed" -> "sign", "signe";
    /// "saving" -> "sav", "save"; "logged" -> "logg", "log"), or the verb of an irregular
    /// form ("forgotten" -> "forget", `IrregularVerbFilter`), besides its lemma. Without a
    /// dictionary the bases are guesses; callers keep only what they can confirm.
    static func bases(of word: String) -> [String] {
        var result = [lemma(word)]
        if let verb = IrregularVerbFilter.bases[word] { result.append(verb) }
        guard word.count > 4, word.allSatisfy({ $0.isLetter }) else { return result }
        for suffix in ["ing", "ed"] where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            result += [stem, stem + "e"]
            if let last = stem.last, stem.dropLast().last == last { result.append(String(stem.dropLast())) }
        }
        if word.hasSuffix("ied") { result.append(String(word.dropLast(3)) + "y") }
        return result
    }

    /// The forms `word` may share a word with: the words it may be an inflection of, and their
    /// plurals ("result": "results"; "signed": "sign", "signs"). Only plurals: a past or -ing
    /// form of a misspelling is often a word ("chang" + "ed"). Guesses, like `bases`: callers
    /// keep those they find in a dictionary.
    static func family(of word: String) -> [String] {
        let bases = bases(of: word)
        return bases + bases.compactMap(plural)
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// The regular plural of a noun: "replies", "boxes", "results" (nil for a word with digits or marks).
    static func plural(of word: String) -> String? {
        guard word.count > 1, word.allSatisfy({ $0.isLetter }), let last = word.last else { return nil }
        if last == "y", let beforeLast = word.dropLast().last, !vowels.contains(beforeLast) { return word.dropLast() + "ies" }
        if ["s", "x", "z"].contains(last) || word.hasSuffix("sh") || word.hasSuffix("ch") { return word + "es" }
        return word + "s"
    }

    /// The word and its inflections: plural, possessive, past, -ing (with a final "e"
    /// dropped, "y" turned to "ie", or a final consonant doubled where English does), and for
    /// a form of an irregular verb every form of that verb (`IrregularVerbFilter`).
    static func forms(of word: String) -> Set<String> {
        var forms = regularForms(of: word)
        // An irregular verb's forms are all inflections of each other ("forgot", "forgotten", "forget").
        for verb in Set([word] + bases(of: word)) {
            guard let irregular = IrregularVerbFilter.irregularForms[verb] else { continue }
            forms.formUnion(regularForms(of: verb))
            forms.formUnion(irregular)
        }
        return forms
    }

    /// The word and its regular inflections only.
    private static func regularForms(of word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "'s", word + "s'"]
        guard let plural = plural(of: word), let last = word.last else { return forms }
        forms.insert(plural)
        if last == "y", let beforeLast = word.dropLast().last, !vowels.contains(beforeLast) {
            forms.formUnion([word.dropLast() + "ied", word + "ing"])
        } else if ["s", "x", "z"].contains(last) || word.hasSuffix("sh") || word.hasSuffix("ch") {
            forms.formUnion([word + "ed", word + "ing"])
        } else if last == "e" {
            forms.formUnion([word + "d", word.dropLast() + "ing"])
        } else {
            forms.formUnion([word + "ed", word + "ing"])
            // Consonant-vowel-consonant endings double ("stop" -> "stopped", "reset" -> "resetting").
            let letters = Array(word)
            if letters.count >= 3, !vowels.contains(last), !["w", "x", "y"].contains(last),
               vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3]) {
                forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
            }
        }
        return forms
    }
}
