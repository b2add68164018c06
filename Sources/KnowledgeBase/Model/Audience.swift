/// Who an article is written for (front matter `audience`, or `<meta name="audience">`).
/// Patient articles are the help center; staff articles are guides for the doctor's office,
/// shown only where staff look (search with `audience=staff`, the troubleshooter's agent view).
public enum Audience: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case patient
    case staff

    /// The audience of an article that names none.
    public static let `default`: Audience = .patient

    public static func < (lhs: Audience, rhs: Audience) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether a reader of this audience may see an article written for `article`:
    /// everyone sees patient articles; only staff see staff articles.
    public func sees(_ article: Audience) -> Bool {
        article == .patient || self == .staff
    }
}

extension Article {
    /// Whether a reader of `audience` may see this article (see `Audience.sees`).
    public func isVisible(to audience: Audience) -> Bool { audience.sees(self.audience) }
}
