import Testing
@testable import KnowledgeBase

/// Spanish synonyms match the words they name in the forms people write them: a verb in any
/// regular tense and person, with pronouns attached; a noun in the plural; a participle in
/// either gender. A verb's form that the rules write as a word of its own stays that word.
@Suite struct SpanishInflectionsTests {
    /// Surfaces as the Spanish analyzer gives them: lower case, accents folded.
    func surface(_ word: String) -> String { Analyzer.spanish.surface(word) }

    @Test("a regular verb's forms", arguments: [
        ("cancelar", ["cancelo", "cancelé", "canceló", "cancelaron", "cancelaba", "cancelaré", "cancele", "cancelando", "cancelada",
                      "cancelarla", "cancélela", "cancelándola"]),
        ("escribir", ["escribo", "escribí", "escribió", "escribieron", "escriba", "escribiendo", "escribirle", "escríbame"]),
        ("recibir", ["recibí", "recibido", "recibieron", "recibimos"]),
        ("perder", ["perdí", "perdió", "perdido", "perdiendo"]),
    ])
    func aVerbTakesItsConjugations(infinitive: String, written: [String]) {
        let forms = SpanishInflections.verbForms(of: infinitive)
        for form in written.map(surface) { #expect(forms.contains(form), "\(infinitive): \(form)") }
    }

    /// The consonant before "e" in -car, -gar and -zar verbs, and before "o" and "a" in -ger
    /// and -cer verbs, is written as Spanish spells it.
    @Test func spellingChangesAreWritten() {
        #expect(SpanishInflections.verbForms(of: "llegar").isSuperset(of: ["llegue", "lleguen", "llego", "llegaron"]))
        #expect(SpanishInflections.verbForms(of: "buscar").isSuperset(of: ["busque", "busco", "busquen"]))
        #expect(SpanishInflections.verbForms(of: "empezar").contains("empece"))
        #expect(SpanishInflections.verbForms(of: "escoger").isSuperset(of: ["escojo", "escoja", "escoge"]))
        #expect(SpanishInflections.verbForms(of: "restablecer").isSuperset(of: ["restablezco", "restablezca", "restablecio"]))
        #expect(!SpanishInflections.verbForms(of: "llegar").contains("llege"))
    }

    @Test func anInfinitiveWithPronounsIsListedUnderTheInfinitive() {
        #expect(SpanishInflections.lemma("inscribirse") == "inscribir")
        #expect(SpanishInflections.lemma("resetearla") == "resetear")
        #expect(SpanishInflections.lemma("reenviarmelo") == "reenviar")
        #expect(SpanishInflections.verbForms(of: "inscribirme").isSuperset(of: ["inscribi", "inscribio", "inscribirse"]))
    }

    /// An infinitive names its verb, and so does a participle in -ado ("bloqueado": "se
    /// bloqueó"); a participle in -ido does not ("marido" would be a verb "marir" taking "maria"),
    /// and a verb a rule writes keeps the forms a participle-like noun would give another word.
    @Test func aParticipleInAdoNamesItsVerb() throws {
        #expect(SpanishInflections.verbForms(of: "bloqueado").isSuperset(of: ["bloqueo", "bloquearon", "bloquear"]))
        #expect(SpanishInflections.verbForms(of: "marido").isEmpty)
        #expect(SpanishInflections.verbForms(of: "mensaje").isEmpty)
        let filter = SynonymFilter(
            table: try SynonymTable(parsing: "esposo, marido => familiar\nbloqueado => no puedo entrar\nbandeja de entrada => mensajes\n"),
            analyzer: .spanish)
        #expect(filter.wordKey(ofSurface: "maria") == nil)
        #expect(filter.wordKey(ofSurface: "bloqueo") == filter.wordKey(ofSurface: "bloqueado"))
        // "entrar" is written: its forms are its own, not those of "entrada", nor dropped as two words'.
        #expect(filter.wordKey(ofSurface: "entre") == filter.wordKey(ofSurface: "entrar"))
        #expect(filter.wordKey(ofSurface: "entro") != nil)
    }

    /// A name typed into a search is withheld from the log unless a rule or an article writes it
    /// (`Searcher.knows`): a form only generated from a rule's verb is no such word.
    @Test func aGeneratedFormIsNotANamedWord() throws {
        let filter = SynonymFilter(table: try SynonymTable(parsing: "tomar, sacar => pedir\n"), analyzer: .spanish)
        #expect(filter.wordKey(ofSurface: "tomas") != nil)
        #expect(!filter.names("tomas"))
        #expect(filter.names("tomar") && filter.names("pedir"))
    }

    @Test func nounsAndParticiplesTakeTheirPluralsAndGenders() {
        #expect(SpanishInflections.lemma("citas") == "cita")
        #expect(SpanishInflections.lemma("doctores") == "doctor")
        #expect(SpanishInflections.lemma("nombres") == "nombre")
        #expect(SpanishInflections.lemma("luces") == "luz")
        #expect(SpanishInflections.forms(of: "bloqueado").isSuperset(of: ["bloqueada", "bloqueados", "bloqueadas"]))
        #expect(SpanishInflections.forms(of: "doctor").isSuperset(of: ["doctora", "doctores"]))
        #expect(SpanishInflections.forms(of: "mensaje").contains("mensajes"))
        // Only participles and nouns in -or change gender: "cuenta" (account) is not "cuento" (story).
        #expect(!SpanishInflections.forms(of: "cuenta").contains("cuento"))
        #expect(SpanishInflections.verbForms(of: "cuenta").isEmpty)
    }

    /// The Spanish synonym filter reads a rule's verb in the forms people write it, on both
    /// sides: the query's words and the articles'.
    @Test func aSynonymVerbMatchesItsConjugations() throws {
        let table = try SynonymTable(parsing: "anular, desagendar => cancelar\nreenviar, reenviarme => volver a enviar\n")
        let filter = SynonymFilter(table: table, analyzer: .spanish)
        func alternatives(_ text: String) -> [[String]] {
            filter.matches(in: Analyzer.spanish.analyzeWords(text)).first?.alternatives.map(\.words) ?? []
        }
        #expect(alternatives("anulé mi cita").contains(["cancelar"]))
        #expect(alternatives("la desagendaron").contains(["cancelar"]))
        #expect(alternatives("me lo pueden reenviar").contains(["volver", "enviar"]))
        #expect(alternatives("¿me lo reenvían?").contains(["volver", "enviar"]))
        #expect(filter.wordKey(ofSurface: "cancele") == filter.wordKey(ofSurface: "cancelar"))
        #expect(filter.wordKey(ofSurface: "reenviamelo") == filter.wordKey(ofSurface: "reenviar"))
    }

    /// A verb's form that a rule writes as a word of its own ("registro", the record) stays
    /// that word; a form that two written verbs could both take goes to neither.
    @Test func aWrittenWordKeepsItsFormFromAVerb() throws {
        let table = try SynonymTable(parsing: "inscribirse => registrarse\nexpediente => registro\nme saca => sesion cerrada\nsacar cita => pedir una cita\n")
        let filter = SynonymFilter(table: table, analyzer: .spanish)
        let registro = try #require(filter.wordKey(ofSurface: "registro"))
        #expect(registro != filter.wordKey(ofSurface: "registrarse"))
        #expect(filter.wordKey(ofSurface: "registre") == filter.wordKey(ofSurface: "registrarse"))
        #expect(filter.wordKey(ofSurface: "inscribio") == filter.wordKey(ofSurface: "inscribirse"))
        // "saca" is written as its own word; "sacar" is written too, so its forms go to "sacar".
        #expect(filter.wordKey(ofSurface: "saca") != filter.wordKey(ofSurface: "sacar"))
        #expect(filter.wordKey(ofSurface: "saque") == filter.wordKey(ofSurface: "sacar"))
    }

    /// The English words people type in Spanish keep their English forms; a form that two
    /// written verbs could both be goes to neither.
    @Test func englishWordsInSpanishRulesKeepTheirForms() throws {
        let table = try SynonymTable(parsing: "reset, resetear => restablecer\nuser => nombre de usuario\nen uso => ocupado\nusar => utilizar\n")
        let filter = SynonymFilter(table: table, analyzer: .spanish)
        #expect(filter.wordKey(ofSurface: "resetting") == filter.wordKey(ofSurface: "reset"))
        #expect(filter.wordKey(ofSurface: "users") == filter.wordKey(ofSurface: "user"))
        #expect(filter.wordKey(ofSurface: "reseteo") == filter.wordKey(ofSurface: "resetear"))
        // "usa" is a form of "usar" and of "user" read as a verb in -er; "uso" is written.
        #expect(filter.wordKey(ofSurface: "usa") == nil)
        #expect(filter.wordKey(ofSurface: "uso") != filter.wordKey(ofSurface: "user"))
        #expect(filter.wordKey(ofSurface: "usaron") == filter.wordKey(ofSurface: "usar"))
    }

    /// English keeps its own inflections: a Spanish verb ending means nothing there.
    @Test func englishIsUnchanged() throws {
        let filter = SynonymFilter(table: try SynonymTable(parsing: "register => sign up\n"), analyzer: .standard)
        #expect(filter.wordKey(ofSurface: "registered") == filter.wordKey(ofSurface: "register"))
        #expect(filter.wordKey(ofSurface: "registraron") == nil)
    }
}
