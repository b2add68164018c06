import Testing
@testable import KnowledgeBase

/// The Spanish building blocks in the order a Spanish analyzer must run them: lower case,
/// stop words, stemming (which reads accents), then accent folding.
@Suite struct SpanishAnalysisTests {
    let chain = Analyzer(
        normalizers: [UnicodeNormalizationFilter(), LowercaseFilter()],
        filters: [StopWordFilter(stopWords: StopWordFilter.spanish), StemFilter(stemmer: SpanishStemmer()), DiacriticFoldingFilter()]
    )

    func terms(_ text: String) -> [String] { chain.analyze(text).map(\.term) }

    @Test("words typed with and without accents end as the same term", arguments: [
        ("contraseña", "contrasena"),
        ("código", "codigo"),
        ("citas", "cita"),
        ("Médico", "medico"),
        ("CONTRASEÑAS", "contrasena"),
    ])
    func accentsAndInflectionsMeetOnOneTerm(written: String, typed: String) {
        let term = terms(written)
        #expect(term.count == 1)
        #expect(term == terms(typed), "\(written) -> \(term), \(typed) -> \(terms(typed))")
    }

    /// The first person and subjunctive of verbs in -cer and -cir ("restablezco", "conozca")
    /// meet the rest of the verb in the analyzer that articles and queries use; words that
    /// only end alike are left alone.
    @Test func zcVerbFormsMeetTheirInfinitive() {
        func terms(_ text: String) -> [String] { Analyzer.spanish.analyze(text).map(\.term) }
        #expect(terms("¿Cómo restablezco la contraseña?") == terms("restablecer contraseña"))
        #expect(terms("conozca") == terms("conocer"))
        #expect(terms("ofrezcan") == terms("ofrece"))
        #expect(terms("traduzco") == terms("traducir"))
        #expect(SpanishVerbFilter.commonStem(of: "pizca") == nil)
        #expect(SpanishVerbFilter.commonStem(of: "bizcos") == nil)
        #expect(SpanishVerbFilter.commonStem(of: "mezcla") == nil)
    }

    /// The analyzer articles and queries use folds accents first, then puts back those the
    /// language writes before the stemmer reads them: a verb form whose ending Snowball knows
    /// by its accent ("-ió", "-ía", "-arían") meets the rest of its verb, typed with or without it.
    @Test("verb forms known by an accented ending meet their verb", arguments: [
        ("salió", "salir"), ("salio", "sale"), ("venció", "vencido"), ("vencio", "vence"),
        ("recibió", "recibir"), ("permitio", "permitir"), ("escribió", "escribir"), ("aceptarían", "acepta"),
    ])
    func accentedVerbEndingsMeetTheirVerb(form: String, other: String) {
        func terms(_ text: String) -> [String] { Analyzer.spanish.analyze(text).map(\.term) }
        #expect(terms(form).count == 1)
        #expect(terms(form) == terms(other), "\(form) -> \(terms(form)), \(other) -> \(terms(other))")
    }

    /// Only a word the language writes one way, accented, gets its accents back.
    @Test func restoresOnlyTheOneAccentedSpelling() {
        let filter = AccentRestorationFilter(words: ["salió", "medio", "medió", "publicó", "público", "contraseña"])
        func restored(_ word: String) -> String { filter.filter([Token(term: word)]).map(\.term).joined() }
        #expect(restored("salio") == "salió")
        #expect(restored("contrasena") == "contraseña")
        #expect(restored("medio") == "medio")      // also written without accents
        #expect(restored("publico") == "publico")  // two accented spellings
        #expect(restored("cita") == "cita")        // not in the vocabulary
    }

    @Test func stemsBeforeFoldingAccents() {
        // Folding first would give "aceptari", a stem no other form of "aceptar" has.
        #expect(terms("aceptarían") == ["acept"])
        #expect(terms("aceptarían") == terms("acepta"))
    }

    @Test func stopWordsGoButNegationsStay() {
        #expect(terms("no me llega el código") == ["no", "lleg", "codig"])
        #expect(terms("ni la cita ni el correo") == ["ni", "cit", "ni", "corre"])
        #expect(terms("nunca recibí nada sin contraseña") == ["nunc", "recib", "nad", "sin", "contrasen"])
        #expect(terms("¿Cómo cambio mi contraseña?") == terms("como cambio mi contrasena"))
        #expect(terms("¿Cómo cambio mi contraseña?") == ["cambi", "contrasen"])
        // "How many/much" is a question word too, typed with or without its accent.
        #expect(terms("¿Cuántos caracteres necesita la contraseña?") == terms("caracteres necesita la contraseña"))
        #expect(terms("cuanto tarda la cita") == terms("tarda la cita"))
        #expect(terms("cuántas citas") == ["cit"])
    }

    /// Greetings, thanks and "por favor" around a question are not words to search for.
    @Test func courtesyWordsGo() {
        #expect(terms("hola, por favor no puedo entrar, gracias") == terms("no puedo entrar"))
        #expect(terms("porfa q hago con mi pin") == terms("hago con mi pin"))
    }

    @Test func theSpanishListKeepsEveryNegationAndBothSpellings() {
        let filter = StopWordFilter(stopWords: StopWordFilter.spanish)
        #expect(filter.stopWords.isDisjoint(with: StopWordFilter.spanishNegations))
        #expect(StopWordFilter.spanish.isDisjoint(with: StopWordFilter.spanishNegations))
        for word in ["de", "la", "está", "esta", "también", "tambien", "él", "el", "usted", "dónde", "donde"] {
            #expect(filter.stopWords.contains(word), "\(word)")
        }
        // "estado" is "status" in help queries ("estado de la cita").
        #expect(!filter.stopWords.contains("estado"))
    }

    /// "ya" is "already" ("ya está ocupado", "ya me registré") and, with "no", "no longer"
    /// ("ya no puedo entrar"): it stays a word, as "already" does in English.
    @Test func yaStaysAsAlreadyDoesInEnglish() {
        #expect(terms("correo ya registrado") == ["corre", "ya", "registr"])
        #expect(terms("ya no puedo entrar").prefix(2) == ["ya", "no"])
        #expect(!StopWordFilter.english.contains("already"))
    }

    @Test func englishStopWordsAreUnchanged() {
        #expect(StopWordFilter().stopWords == StopWordFilter.english.subtracting(StopWordFilter.negations))
        #expect(StopWordFilter.english.isDisjoint(with: StopWordFilter.spanishNegations))
    }

    @Test func codesAndCompoundsAreNotStemmed() {
        let filter = StemFilter(stemmer: SpanishStemmer())
        let codes = ["c2001", "e-mail", "sesión2", "façades"].map { Token(term: $0) }
        #expect(filter.filter(codes).map(\.term) == ["c2001", "e-mail", "sesión2", "façades"])
        #expect(filter.filter([Token(term: "sesiones")]).map(\.term) == ["sesion"])
    }

    @Test func theEnglishStemFilterStillStemsOnlyASCIIWords() {
        let filter = StemFilter()
        #expect(filter.filter([Token(term: "passwords"), Token(term: "códigos")]).map(\.term) == ["password", "códigos"])
    }
}
