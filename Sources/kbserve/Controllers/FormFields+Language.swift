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
        guard let language = Language(rawValue: name.lowercased()) else {
            throw HTTPError(.badRequest, message: "Unknown lang; use one of: \(Language.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return language
    }
}
