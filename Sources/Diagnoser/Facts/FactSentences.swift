import KnowledgeBase

/// The Diagnoser's own words, one table per language with the same keys: facts as evidence
/// ("security code has 6 digits"), shape and rule names filled into explanations, notes, and the
/// labels of the plain-text answer. They speak of shapes and counts, never of values.
///
/// Keys: `<fact>.true` / `<fact>.false` for yes/no facts, `<fact>.one` / `<fact>.other` for counts
/// (`{n}` is the count), `<fact>.<word>` for a word fact's word and `<fact>.*` for any other word
/// (`{word}`), `word.<fact>.<word>` for a word filled into an article's text, and `note.…`,
/// `text.…`, `evidence.…` for the rest. A missing sentence leaves the fact unsaid.
public struct FactSentences: Sendable {
    public let language: Language
    let table: [String: String]

    public static func of(_ language: Language) -> FactSentences {
        switch language {
        case .en: FactSentences(language: .en, table: english)
        case .es: FactSentences(language: .es, table: spanish)
        }
    }

    public subscript(key: String) -> String { sentence(key) }

    /// The sentence under `key` with `{name}` placeholders filled (English's, or the key, when missing).
    public func sentence(_ key: String, _ fills: [String: String] = [:]) -> String {
        text(key, fills) ?? Self.english[key] ?? key
    }

    /// `key` with `{name}` placeholders replaced.
    func text(_ key: String, _ fills: [String: String] = [:]) -> String? {
        guard var text = table[key] else { return nil }
        for (name, value) in fills { text = Self.replacing("{\(name)}", with: value, in: text) }
        return text
    }

    /// `text` with every `placeholder` replaced by `value`, compared byte by byte.
    static func replacing(_ placeholder: String, with value: String, in text: String) -> String {
        let bytes = Array(text.utf8), needle = Array(placeholder.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + value.utf8.count)
        var index = 0, replaced = false
        while index < bytes.count {
            if bytes[index] == first, index + needle.count <= bytes.count, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: value.utf8)
                index += needle.count
                replaced = true
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return replaced ? String(decoding: result, as: UTF8.self) : text
    }

    /// A word fact's word as this language says it inside an article's text ("written-month" is
    /// "mes escrito con letras" in Spanish); the word itself when the table has no entry.
    func word(_ fact: String, _ word: String) -> String {
        if fact == "password.brokenRules" {
            // A list of the portal's rules ("a number and an uppercase letter"), each said in this language.
            let rules = PasswordReader.ruleNames.filter { word.contains($0) }
            guard !rules.isEmpty else { return word }
            let said = rules.map { table["word.password.rule.\($0)"] ?? $0 }
            return said.count == 1 ? said[0] : said.dropLast().joined(separator: ", ") + (table["word.and"] ?? " and ") + said[said.count - 1]
        }
        return table["word.\(fact).\(word)"] ?? word
    }

    /// The table's keys, for the test that every language has every sentence.
    public var keys: Set<String> { Set(table.keys) }

    static let english: [String: String] = [
        "securityCode.digits.one": "security code has 1 digit", "securityCode.digits.other": "security code has {n} digits",
        "securityCode.length.one": "security code is 1 character long", "securityCode.length.other": "security code is {n} characters long",
        "pin.digits.one": "PIN has 1 digit", "pin.digits.other": "PIN has {n} digits",
        "pin.length.one": "PIN is 1 character long", "pin.length.other": "PIN is {n} characters long",
        "phone.digits.one": "phone number has 1 digit", "phone.digits.other": "phone number has {n} digits",
        "password.length.one": "password is 1 character long", "password.length.other": "password is {n} characters long",
        "codesRequested.one": "1 code requested", "codesRequested.other": "{n} codes requested",
        "invitationsSent.one": "1 invitation sent", "invitationsSent.other": "{n} invitations sent",
        "resetRequests.one": "1 password reset requested", "resetRequests.other": "{n} password resets requested",
        "dateOfBirth.shape.written-month": "date of birth has the month in words",
        "dateOfBirth.shape.two-digit-year": "date of birth has a two-digit year",
        "dateOfBirth.shape.dashes": "date of birth is written with dashes",
        "dateOfBirth.shape.other": "date of birth is not in a date format the portal reads",
        "dateOfBirth.shape.*": "date of birth is written as {WORD}",
        "flow.none": "no flow given", "flow.*": "in the {word} flow", "flow.unknown": "in a flow the portal does not name",
        "password.brokenRules.*": "password needs {word}",
        "email.suggestedDomain.*": "email domain looks like a misspelling of {word}",
        "securityCode.present.true": "a security code was entered", "securityCode.present.false": "no security code was entered",
        "securityCode.hasLetters.true": "security code has letters", "securityCode.hasLetters.false": "security code has no letters",
        "securityCode.hasSpaces.true": "security code has spaces", "securityCode.hasSpaces.false": "security code has no spaces",
        "securityCode.wellFormed.true": "security code is 5 digits", "securityCode.wellFormed.false": "security code is not 5 digits",
        "securityCode.hasLookAlikes.true": "security code has a letter O, l or I among its digits",
        "pin.present.true": "a PIN was entered", "pin.present.false": "no PIN was entered",
        "pin.hasLookAlikes.true": "PIN has a letter O, l or I among its digits",
        "pin.hasLetters.true": "PIN has letters", "pin.hasLetters.false": "PIN has no letters",
        "pin.hasSpaces.true": "PIN has spaces", "pin.hasSpaces.false": "PIN has no spaces",
        "dateOfBirth.present.true": "a date of birth was entered", "dateOfBirth.present.false": "no date of birth was entered",
        "dateOfBirth.firstNumberOver12.true": "date of birth starts with a number over 12 (day first)",
        "dateOfBirth.firstNumberOver12.false": "date of birth starts with a month",
        "dateOfBirth.dayFirst.true": "date of birth was typed day first",
        "dateOfBirth.dayFirst.false": "date of birth was typed month first",
        "dateOfBirth.dayMonthAmbiguous.true": "date of birth reads as a date both month first and day first",
        "dateOfBirth.plausible.true": "date of birth is a real date", "dateOfBirth.plausible.false": "date of birth is not a real date",
        "dateOfBirth.wellFormed.true": "date of birth is a real date written as MM/DD/YYYY",
        "dateOfBirth.wellFormed.false": "date of birth is not written as MM/DD/YYYY",
        "phone.present.true": "a phone number was entered", "phone.present.false": "no phone number was entered",
        "phone.hasCountryCode.true": "phone number includes a country code", "phone.hasCountryCode.false": "phone number has no country code",
        "phone.hasExtension.true": "phone number includes an extension", "phone.hasExtension.false": "phone number has no extension",
        "phone.wellFormed.true": "phone number has 10 digits, no country code and no extension",
        "phone.wellFormed.false": "phone number is not 10 plain digits",
        "email.present.true": "an email address was entered", "email.present.false": "no email address was entered",
        "email.domainTypo.true": "email address has a misspelled domain", "email.domainTypo.false": "email domain looks right",
        "email.wellFormed.true": "email address is well formed", "email.wellFormed.false": "email address is not well formed",
        "username.present.true": "a username was entered", "username.present.false": "no username was entered",
        "username.isEmail.true": "username is an email address", "username.isEmail.false": "username is not an email address",
        "password.present.true": "a password was entered", "password.present.false": "no password was entered",
        "password.tooShort.true": "password is shorter than 8 characters", "password.tooShort.false": "password is long enough",
        "password.missingLowercase.true": "password has no lowercase letter", "password.missingLowercase.false": "password has a lowercase letter",
        "password.missingUppercase.true": "password has no uppercase letter", "password.missingUppercase.false": "password has an uppercase letter",
        "password.missingDigit.true": "password has no number", "password.missingDigit.false": "password has a number",
        "password.breaksRules.true": "password breaks the password rules", "password.breaksRules.false": "password meets the rules",
        "link.present.true": "a link was entered", "link.present.false": "no link was entered",
        "link.truncated.true": "link looks cut short", "link.truncated.false": "link looks complete",
        "link.rewritten.true": "link was rewritten by an email security scanner", "link.rewritten.false": "link was not rewritten",
        "userAgent.internetExplorer.true": "browser is Internet Explorer", "userAgent.internetExplorer.false": "browser is not Internet Explorer",
        "timeZones.differ.true": "device and practice time zones differ", "timeZones.differ.false": "device and practice time zones agree",
        "timesHourApart.true": "the message names two times one hour apart",
        "saysUsedBefore.true": "the message says it was used once already",
        "evidence.inMessage": " (in the message)",
        "evidence.mentions": "message mentions \u{201C}{phrase}\u{201D}",
        "evidence.mostCommon": "the most common cause of this error",
        "word.dateOfBirth.shape.written-month": "written-month", "word.dateOfBirth.shape.two-digit-year": "two-digit-year",
        "word.dateOfBirth.shape.dashes": "dashes", "word.dateOfBirth.shape.other": "other",
        "word.password.rule.at least 8 characters": "at least 8 characters",
        "word.password.rule.a lowercase letter": "a lowercase letter",
        "word.password.rule.an uppercase letter": "an uppercase letter", "word.password.rule.a number": "a number",
        "word.and": " and ",
        "note.empty": "Nothing to diagnose: send the error message, the values typed, or the context.",
        "note.cut": "The message was longer than 16 KB; only its first 16 KB were read.",
        "note.inferred": "No error message was given; the error was inferred from the values.",
        "note.noMatch": "No known error or cause matched.",
        "note.noMatchSearch": "No known error or cause matched; these articles may help.",
        "note.badLine": "Line {line} is not a JSON request object; nothing was diagnosed.",
        "text.error": "Error: {id} (confidence {percent})", "text.errorNone": "Error: none recognised in the message",
        "text.closeCall": "Close call: the two most likely causes are about as likely; ask the patient which fits.",
        "text.cause": "{number}. {id} (confidence {percent})", "text.article": "Article:", "text.why": "Why:",
        "text.evidence": "Evidence:", "text.steps": "Steps:", "text.reply": "Reply to the patient:",
        "text.office": "What the office can do:", "text.mayHelp": "Articles that may help:", "text.ignored": "Ignored:",
        "text.note": "Note:",
    ]

    static let spanish: [String: String] = [
        "securityCode.digits.one": "el código de seguridad tiene 1 dígito", "securityCode.digits.other": "el código de seguridad tiene {n} dígitos",
        "securityCode.length.one": "el código de seguridad tiene 1 carácter", "securityCode.length.other": "el código de seguridad tiene {n} caracteres",
        "pin.digits.one": "el PIN tiene 1 dígito", "pin.digits.other": "el PIN tiene {n} dígitos",
        "pin.length.one": "el PIN tiene 1 carácter", "pin.length.other": "el PIN tiene {n} caracteres",
        "phone.digits.one": "el número de teléfono tiene 1 dígito", "phone.digits.other": "el número de teléfono tiene {n} dígitos",
        "password.length.one": "la contraseña tiene 1 carácter", "password.length.other": "la contraseña tiene {n} caracteres",
        "codesRequested.one": "se pidió 1 código", "codesRequested.other": "se pidieron {n} códigos",
        "invitationsSent.one": "se envió 1 invitación", "invitationsSent.other": "se enviaron {n} invitaciones",
        "resetRequests.one": "se pidió 1 cambio de contraseña", "resetRequests.other": "se pidieron {n} cambios de contraseña",
        "dateOfBirth.shape.written-month": "la fecha de nacimiento tiene el mes escrito con letras",
        "dateOfBirth.shape.two-digit-year": "la fecha de nacimiento tiene el año con dos dígitos",
        "dateOfBirth.shape.dashes": "la fecha de nacimiento está escrita con guiones",
        "dateOfBirth.shape.other": "la fecha de nacimiento no tiene un formato que el portal lea",
        "dateOfBirth.shape.*": "la fecha de nacimiento está escrita como {WORD}",
        "flow.none": "no se indicó el paso", "flow.*": "en el paso {word}", "flow.unknown": "en un paso que el portal no nombra",
        "password.brokenRules.*": "a la contraseña le falta: {word}",
        "email.suggestedDomain.*": "el dominio del correo parece un error de escritura de {word}",
        "securityCode.present.true": "se escribió un código de seguridad", "securityCode.present.false": "no se escribió un código de seguridad",
        "securityCode.hasLetters.true": "el código de seguridad tiene letras", "securityCode.hasLetters.false": "el código de seguridad no tiene letras",
        "securityCode.hasSpaces.true": "el código de seguridad tiene espacios", "securityCode.hasSpaces.false": "el código de seguridad no tiene espacios",
        "securityCode.wellFormed.true": "el código de seguridad tiene 5 dígitos", "securityCode.wellFormed.false": "el código de seguridad no tiene 5 dígitos",
        "securityCode.hasLookAlikes.true": "el código de seguridad tiene una letra O, l o I entre sus dígitos",
        "pin.present.true": "se escribió un PIN", "pin.present.false": "no se escribió un PIN",
        "pin.hasLookAlikes.true": "el PIN tiene una letra O, l o I entre sus dígitos",
        "pin.hasLetters.true": "el PIN tiene letras", "pin.hasLetters.false": "el PIN no tiene letras",
        "pin.hasSpaces.true": "el PIN tiene espacios", "pin.hasSpaces.false": "el PIN no tiene espacios",
        "dateOfBirth.present.true": "se escribió una fecha de nacimiento", "dateOfBirth.present.false": "no se escribió una fecha de nacimiento",
        "dateOfBirth.firstNumberOver12.true": "la fecha de nacimiento empieza con un número mayor que 12 (el día primero)",
        "dateOfBirth.firstNumberOver12.false": "la fecha de nacimiento empieza con el mes",
        "dateOfBirth.dayFirst.true": "la fecha de nacimiento se escribió con el día primero",
        "dateOfBirth.dayFirst.false": "la fecha de nacimiento se escribió con el mes primero",
        "dateOfBirth.dayMonthAmbiguous.true": "la fecha de nacimiento se puede leer con el mes primero o con el día primero",
        "dateOfBirth.plausible.true": "la fecha de nacimiento es una fecha real", "dateOfBirth.plausible.false": "la fecha de nacimiento no es una fecha real",
        "dateOfBirth.wellFormed.true": "la fecha de nacimiento es una fecha real escrita como MM/DD/YYYY",
        "dateOfBirth.wellFormed.false": "la fecha de nacimiento no está escrita como MM/DD/YYYY",
        "phone.present.true": "se escribió un número de teléfono", "phone.present.false": "no se escribió un número de teléfono",
        "phone.hasCountryCode.true": "el número de teléfono incluye el código del país", "phone.hasCountryCode.false": "el número de teléfono no tiene código del país",
        "phone.hasExtension.true": "el número de teléfono incluye una extensión", "phone.hasExtension.false": "el número de teléfono no tiene extensión",
        "phone.wellFormed.true": "el número de teléfono tiene 10 dígitos, sin código del país ni extensión",
        "phone.wellFormed.false": "el número de teléfono no son 10 dígitos solos",
        "email.present.true": "se escribió un correo electrónico", "email.present.false": "no se escribió un correo electrónico",
        "email.domainTypo.true": "el dominio del correo está mal escrito", "email.domainTypo.false": "el dominio del correo parece correcto",
        "email.wellFormed.true": "el correo electrónico está bien formado", "email.wellFormed.false": "el correo electrónico no está bien formado",
        "username.present.true": "se escribió un nombre de usuario", "username.present.false": "no se escribió un nombre de usuario",
        "username.isEmail.true": "el nombre de usuario es un correo electrónico", "username.isEmail.false": "el nombre de usuario no es un correo electrónico",
        "password.present.true": "se escribió una contraseña", "password.present.false": "no se escribió una contraseña",
        "password.tooShort.true": "la contraseña tiene menos de 8 caracteres", "password.tooShort.false": "la contraseña es lo bastante larga",
        "password.missingLowercase.true": "la contraseña no tiene letra minúscula", "password.missingLowercase.false": "la contraseña tiene una letra minúscula",
        "password.missingUppercase.true": "la contraseña no tiene letra mayúscula", "password.missingUppercase.false": "la contraseña tiene una letra mayúscula",
        "password.missingDigit.true": "la contraseña no tiene número", "password.missingDigit.false": "la contraseña tiene un número",
        "password.breaksRules.true": "la contraseña no cumple las reglas", "password.breaksRules.false": "la contraseña cumple las reglas",
        "link.present.true": "se escribió un enlace", "link.present.false": "no se escribió un enlace",
        "link.truncated.true": "el enlace parece cortado", "link.truncated.false": "el enlace parece completo",
        "link.rewritten.true": "un filtro de seguridad del correo cambió el enlace", "link.rewritten.false": "el enlace no fue cambiado",
        "userAgent.internetExplorer.true": "el navegador es Internet Explorer", "userAgent.internetExplorer.false": "el navegador no es Internet Explorer",
        "timeZones.differ.true": "la zona horaria del aparato y la del consultorio son distintas",
        "timeZones.differ.false": "la zona horaria del aparato y la del consultorio coinciden",
        "timesHourApart.true": "el mensaje da dos horas con una hora de diferencia",
        "saysUsedBefore.true": "el mensaje dice que ya se usó una vez",
        "evidence.inMessage": " (en el mensaje)",
        "evidence.mentions": "el mensaje dice \u{201C}{phrase}\u{201D}",
        "evidence.mostCommon": "la causa más común de este error",
        "word.dateOfBirth.shape.written-month": "el mes escrito con letras", "word.dateOfBirth.shape.two-digit-year": "el año con dos dígitos",
        "word.dateOfBirth.shape.dashes": "con guiones", "word.dateOfBirth.shape.other": "otro formato",
        "word.password.rule.at least 8 characters": "al menos 8 caracteres",
        "word.password.rule.a lowercase letter": "una letra minúscula",
        "word.password.rule.an uppercase letter": "una letra mayúscula", "word.password.rule.a number": "un número",
        "word.and": " y ",
        "note.empty": "No hay nada que diagnosticar: envíe el mensaje de error, los valores que escribió o el contexto.",
        "note.cut": "El mensaje tenía más de 16 KB; solo se leyeron sus primeros 16 KB.",
        "note.inferred": "No se dio un mensaje de error; el error se dedujo de los valores.",
        "note.noMatch": "Ningún error ni causa conocidos coinciden.",
        "note.noMatchSearch": "Ningún error ni causa conocidos coinciden; estos artículos pueden ayudar.",
        "note.badLine": "La línea {line} no es una solicitud JSON; no se diagnosticó nada.",
        "text.error": "Error: {id} (confianza {percent})", "text.errorNone": "Error: no se reconoció ninguno en el mensaje",
        "text.closeCall": "Caso dudoso: las dos causas más probables son casi igual de probables; pregunte al paciente cuál le pasó.",
        "text.cause": "{number}. {id} (confianza {percent})", "text.article": "Artículo:", "text.why": "Por qué:",
        "text.evidence": "Indicios:", "text.steps": "Pasos:", "text.reply": "Respuesta para el paciente:",
        "text.office": "Lo que puede hacer el consultorio:", "text.mayHelp": "Artículos que pueden ayudar:", "text.ignored": "Se ignoró:",
        "text.note": "Nota:",
    ]
}
