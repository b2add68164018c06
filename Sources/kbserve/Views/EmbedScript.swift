import Foundation
import KnowledgeBase

/// `/embed/help.js`: `Resources/embed/help.js` with, in place of its `placeholder`, what it
/// needs of the languages as a JavaScript object literal (JSON): the original language, and for
/// each language the panel's path prefix and the catalog's text for the script's own interface
/// (`textKeys`). The script runs on the app's
/// page, before any panel is loaded, so it carries the text of every language and picks one.
enum EmbedScript {
    static let placeholder = "KBSERVE_EMBED_LANGUAGES"
    /// The catalog keys the script shows (the Help button, the close button, the panel's name).
    static let textKeys = ["embed_button", "embed_close", "panel_title"]

    /// What the script reads: the language it falls back to, and each language's panel prefix and text.
    struct Languages: Encodable {
        var original: String
        var languages: [String: LanguageText]
    }

    /// What the script reads of one language.
    struct LanguageText: Encodable {
        var prefix: String
        var text: [String: String]
    }

    /// The script has no placeholder, or more than one.
    struct MissingPlaceholder: Error, CustomStringConvertible {
        var description: String { "embed/help.js must contain \(EmbedScript.placeholder) exactly once." }
    }

    /// A catalog lacks one of `textKeys`.
    struct MissingText: Error, CustomStringConvertible {
        var language: Language
        var key: String
        var description: String { "The \(language.rawValue) string catalog has no \"\(key)\", which embed/help.js shows." }
    }

    /// The script with every language of `catalogs` in place of the placeholder.
    static func source(template: String, catalogs: StringCatalogs) throws -> String {
        let parts = template.components(separatedBy: placeholder)
        guard parts.count == 2 else { throw MissingPlaceholder() }
        var languages: [String: LanguageText] = [:]
        for language in Language.allCases {
            var text: [String: String] = [:]
            for key in textKeys {
                guard let value = catalogs[language].text(key) else { throw MissingText(language: language, key: key) }
                text[key] = value
            }
            languages[language.rawValue] = LanguageText(prefix: Paths.prefix(language), text: text)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let literal = String(decoding: try encoder.encode(Languages(original: Language.original.rawValue, languages: languages)), as: UTF8.self)
        return parts[0] + literal + parts[1]
    }
}
