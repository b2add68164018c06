import Hummingbird
import KnowledgeBase

/// The language a visitor asked for: the `lang` cookie that the language switch sets, and
/// the browser's `Accept-Language` (the language with the highest weight among those the
/// site has; `es-MX` counts as `es`).
struct LanguagePreference: Sendable {
    static let cookieName = "lang"

    var cookie: Language?
    var accepted: Language?

    init(cookie: Language?, accepted: Language?) {
        self.cookie = cookie
        self.accepted = accepted
    }

    init(_ request: Request) {
        cookie = request.cookies[Self.cookieName].flatMap { Language(rawValue: $0.value) }
        accepted = request.headers[.acceptLanguage].flatMap(Self.preferred(acceptLanguage:))
    }

    /// The language to show: the cookie's, else the browser's, else the original.
    var language: Language { cookie ?? accepted ?? .original }

    /// The site's language with the highest weight in an `Accept-Language` value; nil when
    /// none is acceptable. Ties go to the one listed first.
    static func preferred(acceptLanguage value: String) -> Language? {
        var best: (language: Language, weight: Double)?
        for item in value.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            guard weight > 0, weight <= 1 else { continue }
            if best == nil || weight > best!.weight { best = (language, weight) }
        }
        return best?.language
    }
}
