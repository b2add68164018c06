import Testing
import TestSupport
@testable import KnowledgeBase

/// The question a text asks is its first question word where the word asks: "how", "why"
/// and "who" anywhere, "what", "when", "where" and "which" at the start of the text or after
/// punctuation (elsewhere they start a relative clause), Spanish accented forms anywhere and
/// unaccented ones only where a clause starts.
@Suite struct QuestionWordsTests {
    @Test(arguments: [
        ("why did i get a portal invite when i never asked for one?", QuestionWords.why),
        ("pt asks who can turn the practice's public page back on", .who),
        ("reset link keeps saying invalid, how do i get one that works", .how),
        ("Where do I log in?", .where),
        ("i get an error when i sign in", []),
        ("i dont know what my username is", []),
        ("my pin, what is it for", .what),
        ("pin not accepted", []),
        ("¿Por qué me llegó una invitación?", .why),
        ("por que no me llega el codigo", .why),
        ("me dijo por que no tenia cuenta", []),
        ("¿Cómo le escribo a mi doctor?", .how),
        ("como pongo la zona horaria", .how),
        ("creo que en la clínica tienen el celular de mi mamá", []),
        ("paciente pregunta qué significa cada aviso", .what),
        ("¿A QUIÉN llamo?", .who),
        ("porque no funciona", []),
        ("¿CÓMO me registro?", .how),
        ("my pin\u{00A0}when i type it", []),
        ("my pin \u{2014} when does it come", .when),
        ("«¿Dónde está?»", .where),
    ] as [(String, QuestionWords)])
    func theQuestionAsked(_ text: String, _ expected: QuestionWords) {
        #expect(QuestionWords.asked(in: text) == expected, "\(text)")
    }

    /// Any text is read to its end without a fault, whatever its characters (multi-byte letters
    /// and marks, the Latin-1 capitals, no-break and typographic spaces, emoji, combining
    /// accents), and the question asked is at most one question word.
    @Test func anyTextIsReadSafely() {
        var generator = SeededGenerator(state: 29)
        let pieces = ["how", "Why", "WHO", "what", "¿", "Cómo", "CÓMO", "qué", "que", "por", "¡", "\u{00A0}", "\u{2014}", "\u{201C}",
                      "é", "É", "×", "😀", "e\u{0301}", "ß", "Ñ", "x", " ", ",", "-", "7", "\u{2028}", "\u{FEFF}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let asked = QuestionWords.asked(in: text)
            #expect(asked.isEmpty || QuestionWords.each.contains(asked), "\(text)")
            #expect(QuestionWords.named(in: text).isSubset(of: QuestionWords(QuestionWords.each)))
        }
    }

    @Test func aHeadingNamesEachOfItsQuestionWords() {
        #expect(QuestionWords.named(in: "Why you got it") == .why)
        #expect(QuestionWords.named(in: "Who to contact, when to wait") == [.who, .when])
        #expect(QuestionWords.named(in: "Who to contact and when") == .who)
        #expect(QuestionWords.named(in: "Por qué pasa esto") == .why)
        #expect(QuestionWords.named(in: "¿Cuál es la hora correcta?") == .what)
        #expect(QuestionWords.named(in: "How to fix it") == .how)
        #expect(QuestionWords.named(in: "Still stuck? Call the office") == [])
        #expect(QuestionWords.named(in: "Showcase wherever however") == [])
    }
}
