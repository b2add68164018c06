/// A route or step name of the registration app (`registration/verify-identity`, `sign-in`):
/// what an article's `contexts` list and what the embedded help panel is asked about.
/// Lowercase ASCII letters, digits, `-` and `_`, in segments joined by `/`, at most 100
/// characters: a name, never a value a patient typed.
public struct AppRoute: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public static let maxLength = 100

    /// The route `text` names (surrounding whitespace and slashes dropped); nil with the
    /// reason when it is not a route name.
    public static func parse(_ text: String) -> Result<AppRoute, Malformed> {
        var trimmed = Substring(text.trimmingWhitespace())
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty else { return .failure(Malformed(text: text, reason: "it is empty")) }
        guard trimmed.utf8.count <= maxLength else {
            return .failure(Malformed(text: text, reason: "it is longer than \(maxLength) characters"))
        }
        for segment in trimmed.split(separator: "/", omittingEmptySubsequences: false) {
            guard !segment.isEmpty else { return .failure(Malformed(text: text, reason: "it has an empty segment ('//')")) }
            guard segment.utf8.allSatisfy(Self.isAllowed) else {
                return .failure(
                    Malformed(text: text, reason: "use lowercase letters, digits, '-' and '_' in segments joined by '/'"))
            }
        }
        return .success(AppRoute(rawValue: String(trimmed)))
    }

    private init(rawValue: String) { self.rawValue = rawValue }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// The route's words, for searching when no article names it (`registration/verify-identity` → `registration verify identity`).
    public var words: String {
        String(rawValue.map { $0 == "/" || $0 == "-" || $0 == "_" ? " " : $0 })
    }

    public var description: String { rawValue }

    public static func < (lhs: AppRoute, rhs: AppRoute) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Why a text is not a route name.
    public struct Malformed: Error, Sendable, Hashable, CustomStringConvertible {
        public var text: String
        public var reason: String
        public var description: String { "'\(text)' is not an app route: \(reason) (for example registration/verify-identity)" }
    }
}
