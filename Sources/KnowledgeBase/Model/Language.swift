/// A language articles are written in and the site is shown in. English is the original
/// of every article; a translation lives under `Content/es/` with the same relative path.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case en
    case es

    /// What the site falls back to: the language every article exists in.
    public static let original = Language.en

    /// The language's name in itself, for the language switch.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .es: "Español"
        }
    }

    /// The folder of `Content/` that holds this language's translations (nil: the original).
    public var contentFolder: String? { self == .original ? nil : rawValue }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
