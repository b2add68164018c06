/// The category an article belongs to (`registration`, `signing-in`, …).
public struct Category: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static func < (lhs: Category, rhs: Category) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The help center's categories, in the order the home page lists them.
    public static let known: [Category] = [
        "registration", "signing-in", "your-account", "messaging", "appointments", "browser-and-device", "getting-help",
    ]

    /// A readable name: "signing-in" -> "Signing in".
    public var displayName: String {
        switch rawValue {
        case "browser-and-device": return "Browser and device"
        case "getting-help": return "Getting help"
        default:
            let words = rawValue.split(separator: "-").joined(separator: " ")
            return words.prefix(1).uppercased() + words.dropFirst()
        }
    }
}
