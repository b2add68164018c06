import Foundation

/// What was asked, redacted, and whether anything answered it.
struct SearchLogEntry: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable, Codable {
        /// A search from the site or the API.
        case search
        /// A troubleshooter message or a diagnose request.
        case diagnose
    }

    var kind: Kind
    /// Redacted text.
    var text: String
    var resultCount: Int
}

/// A text and how often it was seen.
struct TextCount: Sendable, Hashable, Codable {
    var text: String
    var count: Int
}

/// Counts of what people search for and what the troubleshooter could not match.
protocol SearchLogStore: Sendable {
    /// Records an entry; cheap and non-blocking (implementations may buffer).
    func record(_ entry: SearchLogEntry)
    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) async throws -> [TextCount]
}
