import Hummingbird
import KnowledgeBase

extension Request {
    /// The language an API call asks for: its `lang` parameter, else the language cookie or
    /// `Accept-Language`, else the original. An unknown `lang` is a 400.
    /// `fields`: the query string's fields when the caller has read them already.
    func requestedLanguage(_ fields: FormFields? = nil) throws -> Language {
        try explicitLanguage(fields) ?? .original
    }

    /// The `lang` parameter, else the cookie or `Accept-Language`; nil when the request names none.
    func explicitLanguage(_ fields: FormFields? = nil) throws -> Language? {
        guard let name = (fields ?? query)["lang"] else {
            let preference = LanguagePreference(self)
            return preference.cookie ?? preference.accepted
        }
        guard let language = Language(parameter: name) else {
            throw HTTPError(.badRequest, message: "Unknown lang; use one of: \(Language.parameterValues).")
        }
        return language
    }
}

extension Language {
    /// The language a `lang` parameter names, in any case ("es", "ES"); nil for one the site does not have.
    init?(parameter name: String) { self.init(rawValue: name.lowercased()) }

    /// The values `lang` takes, for messages: "en, es".
    static var parameterValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
