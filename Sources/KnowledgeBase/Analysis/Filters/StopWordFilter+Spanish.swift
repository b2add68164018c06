extension StopWordFilter {
    /// Spanish negations, never removed: "no me llega el código" and "me llega el código"
    /// are different problems, and "sin", "nada" or "nunca" change a query the same way.
    public static let spanishNegations: Set<String> = [
        "no", "ni", "nunca", "jamás", "jamas", "sin", "nada", "nadie", "tampoco",
        "ningún", "ningun", "ninguno", "ninguna", "ningunos", "ningunas",
    ]

    /// Spanish function words the list leaves out for their meaning ("ya": "already"), which
    /// still tell that a text is Spanish (`Language.guess`).
    public static let spanishMeaningfulFunctionWords: Set<String> = ["ya"]

    /// A Spanish list: Snowball's (function words and the forms of estar, haber, ser and
    /// tener), with every accented word also in its unaccented spelling: the analyzer's filter
    /// sees words folded, `Language.guess` sees them as typed, with or without accents.
    ///
    /// Left out, because they carry meaning in help queries: the negations
    /// (`spanishNegations`), "estado"/"estados", which mean "status" ("estado de la
    /// cita"), and "ya" (`spanishMeaningfulFunctionWords`), which means "already" ("ya está
    /// ocupado", "ya me registré") and, before "no", "no longer", as English keeps "already".
    /// Added: greetings, thanks and chat spellings ("hola", "gracias", "por favor", "porfa",
    /// "q" for "que"), which carry nothing to search for, as in `englishCourtesy`;
    /// "usted"/"ustedes" (the formal "you" of help text) and the accented
    /// question words ("cómo", "dónde", "cuándo", "quién", "cuál", "cuánto"). Question words are stop
    /// words, as "how", "where" and "when" are in `english`: nearly every help query has
    /// one, and "como" would otherwise stem with "comer" and "comida".
    public static let spanish: Set<String> = {
        let words = """
            de la que el en y a los del se las por un para con una su al lo como más pero sus le ya o
            este sí porque esta entre cuando muy sobre también me hasta hay donde quien desde todo nos
            durante todos uno les contra otros ese eso ante ellos e esto mí antes algunos qué unos yo
            otro otras otra él tanto esa estos mucho quienes muchos cual poco ella estar estas algunas
            algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío mía míos mías
            tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro
            vuestra vuestros vuestras esos esas
            estoy estás está estamos estáis están esté estés estemos estéis estén estaré estarás estará
            estaremos estaréis estarán estaría estarías estaríamos estaríais estarían estaba estabas
            estábamos estabais estaban estuve estuviste estuvo estuvimos estuvisteis estuvieron
            estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses estuviésemos
            estuvieseis estuviesen estando estada estadas estad
            he has ha hemos habéis han haya hayas hayamos hayáis hayan habré habrás habrá habremos
            habréis habrán habría habrías habríamos habríais habrían había habías habíamos habíais
            habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras hubiéramos hubierais
            hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida habidos
            habidas
            soy eres es somos sois son sea seas seamos seáis sean seré serás será seremos seréis serán
            sería serías seríamos seríais serían era eras éramos erais eran fui fuiste fue fuimos
            fuisteis fueron fuera fueras fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen
            siendo sido
            tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos tengáis tengan tendré
            tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos tendríais tendrían
            tenía tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron tuviera
            tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen
            teniendo tenido tenida tenidos tenidas tened
            usted ustedes cómo dónde cuándo quién quiénes cuál cuáles cuales cuánto cuánta cuántos cuántas
            hola gracias favor porfa xfa saludos atentamente estimado estimada q xq
            """
        var list: Set<String> = []
        for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            list.insert(String(word))
            list.insert(String(word.map { unaccentedVowel[$0] ?? $0 }))
        }
        return list.subtracting(spanishNegations).subtracting(spanishMeaningfulFunctionWords)
    }()

    private static let unaccentedVowel: [Character: Character] = ["á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"]
}
