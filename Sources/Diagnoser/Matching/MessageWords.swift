import KnowledgeBase

/// The words a message reader looks for, one table per language: month names, ordinals and the
/// small words of written dates ("the 3rd of March", "el 1ro de marzo del 1990"), the words that
/// name a field, the things people count and the words they count with, the words that say they
/// were resetting a password, and the words before a clock time. All in folded form (lowercase,
/// no accents), as `MessageReader.words` reads a message.
struct MessageWords: Sendable {
    var months: [String: Int]
    /// Letters written right after a day number ("3rd", "1ro", "1er").
    var ordinalSuffixes: Set<String>
    /// Ordinal words that stand for a day ("first", "primero").
    var dayWords: [String: Int]
    /// Words between a day, a month and a year ("of", "de", "del").
    var dateJoiners: Set<String>
    var pinWords: Set<String>
    var codeWords: Set<String>
    var birthWords: Set<String>
    var phoneWords: Set<String>
    /// Noun to the context key it counts (`invitationsSent`, `codesRequested`, `resetRequests`).
    var countedNouns: [String: String]
    /// Words that say there was more than one, and how many at least.
    var countWords: [String: Int]
    /// Words that stand for the thing named before them, after a count word ("a new one").
    var standInWords: Set<String>
    var passwordWords: Set<String>
    /// Next to a password word, words (or word beginnings) that say the person was resetting it.
    var resetWords: Set<String>
    var resetPrefixes: [String]
    /// Words before a number that make it a clock time ("at 9", "a las 9").
    var timeLeadWords: Set<String>
    /// Words that say a number is only the end of another one ("your phone ending in 0187",
    /// "el celular que termina en 0187"), and the small word that may stand between them and it.
    var tailWords: Set<String>
    var tailJoiners: Set<String>
    /// Words that say something was used or done ("used", "reset", "worked"), and words that put it
    /// before now ("already", "yesterday", "last week"): together, the person did it once already.
    var usedWords: Set<String>
    var earlierWords: Set<String>

    static let english = MessageWords(
        months: MonthNames.english,
        ordinalSuffixes: ["st", "nd", "rd", "th"],
        dayWords: ["first": 1],
        dateJoiners: ["of"],
        pinWords: ["pin", "pins"],
        codeWords: ["code", "codes", "security", "securitycode", "texted", "verification", "text", "sms"],
        birthWords: ["birth", "birthday", "dob", "born", "bday", "birthdate"],
        phoneWords: ["phone", "cell", "mobile", "landline", "tel", "telephone", "cellphone"],
        countedNouns: [
            "invite": "invitationsSent", "invites": "invitationsSent", "invitation": "invitationsSent", "invitations": "invitationsSent",
            "code": "codesRequested", "codes": "codesRequested", "texts": "codesRequested",
            "reset": "resetRequests", "resets": "resetRequests",
        ],
        countWords: [
            "twice": 2, "two": 2, "second": 2, "another": 2, "both": 2, "three": 3, "third": 3, "thrice": 3, "several": 3,
            "multiple": 3, "few": 3, "many": 3, "four": 4, "five": 5, "new": 2,
        ],
        standInWords: ["one"],
        passwordWords: ["password", "pw"],
        resetWords: ["forgot", "forgotten"],
        resetPrefixes: ["reset"],
        timeLeadWords: ["at", "says", "said", "shows", "showing"],
        tailWords: ["ending", "ends", "ended"],
        tailJoiners: ["in", "with"],
        usedWords: ["used", "reset", "changed", "worked"],
        earlierWords: ["already", "before", "once", "yesterday", "last", "earlier", "previously"]
    )

    static let spanish = MessageWords(
        months: MonthNames.spanish,
        ordinalSuffixes: ["ro", "ero", "er", "o", "a", "do", "da", "to", "ta"],
        dayWords: ["primero": 1, "primer": 1],
        dateJoiners: ["de", "del"],
        pinWords: ["pin", "pines", "nip"],
        codeWords: ["codigo", "codigos", "seguridad", "verificacion", "texto", "mensaje", "sms"],
        birthWords: ["nacimiento", "naci", "nacio", "cumpleanos", "nac"],
        phoneWords: ["telefono", "celular", "cel", "movil", "tel", "fijo"],
        countedNouns: [
            "invitacion": "invitationsSent", "invitaciones": "invitationsSent",
            "codigo": "codesRequested", "codigos": "codesRequested", "textos": "codesRequested",
        ],
        countWords: [
            "dos": 2, "segunda": 2, "segundo": 2, "otro": 2, "otra": 2, "ambos": 2, "ambas": 2, "tres": 3, "tercer": 3,
            "tercero": 3, "tercera": 3, "varios": 3, "varias": 3, "muchos": 3, "muchas": 3, "cuatro": 4, "cinco": 5,
        ],
        standInWords: [],
        passwordWords: ["contrasena", "clave"],
        resetWords: [],
        resetPrefixes: ["restablec", "recuper", "olvid", "reset", "reinici"],
        timeLeadWords: ["las", "dice", "dijeron", "sale", "aparece", "muestra"],
        tailWords: ["termina", "terminado", "terminada", "acaba", "acabado"],
        tailJoiners: ["en"],
        usedWords: ["use", "usado", "usada", "usamos", "restableci", "cambie", "funciono"],
        earlierWords: ["ya", "antes", "ayer", "pasada", "pasado", "anterior", "anteriormente"]
    )

    /// The words a reader of `language` looks for: its own and, for a translation, English's too
    /// (portal messages and dates are often quoted in English inside other text).
    static func reading(_ language: Language) -> MessageWords {
        language == .es ? english.adding(spanish) : english
    }

    /// Every month name of every language: a date typed in a field has no language of its own.
    static let everyMonth: [String: Int] = english.months.merging(spanish.months) { first, _ in first }

    func adding(_ other: MessageWords) -> MessageWords {
        func keepFirst(_ first: Int, _: Int) -> Int { first }
        func keepFirst(_ first: String, _: String) -> String { first }
        return MessageWords(
            months: months.merging(other.months, uniquingKeysWith: keepFirst),
            ordinalSuffixes: ordinalSuffixes.union(other.ordinalSuffixes),
            dayWords: dayWords.merging(other.dayWords, uniquingKeysWith: keepFirst),
            dateJoiners: dateJoiners.union(other.dateJoiners),
            pinWords: pinWords.union(other.pinWords), codeWords: codeWords.union(other.codeWords),
            birthWords: birthWords.union(other.birthWords), phoneWords: phoneWords.union(other.phoneWords),
            countedNouns: countedNouns.merging(other.countedNouns, uniquingKeysWith: keepFirst),
            countWords: countWords.merging(other.countWords, uniquingKeysWith: keepFirst),
            standInWords: standInWords.union(other.standInWords),
            passwordWords: passwordWords.union(other.passwordWords),
            resetWords: resetWords.union(other.resetWords), resetPrefixes: resetPrefixes + other.resetPrefixes,
            timeLeadWords: timeLeadWords.union(other.timeLeadWords),
            tailWords: tailWords.union(other.tailWords), tailJoiners: tailJoiners.union(other.tailJoiners),
            usedWords: usedWords.union(other.usedWords), earlierWords: earlierWords.union(other.earlierWords))
    }

    func isReset(_ word: String) -> Bool {
        resetWords.contains(word) || resetPrefixes.contains(where: word.hasPrefix)
    }
}
