import Foundation
import KnowledgeBase

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
    /// The language of the articles searched or diagnosed with.
    var language: Language = .original
}

/// A text and how often it was seen.
struct TextCount: Sendable, Hashable, Codable {
    var text: String
    var count: Int
}

/// Counts of what people search for and what the troubleshooter could not match, and each
/// search with the clicks on its results (for insights over a range of days).
protocol SearchLogStore: Sendable {
    /// Records an entry; cheap and non-blocking (implementations may buffer).
    func record(_ entry: SearchLogEntry)
    /// The most counted texts of `kind` over the days kept, in `language`'s articles, or in
    /// every language when it is nil.
    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int, language: Language?) async throws -> [TextCount]
    /// Records a search; cheap and non-blocking. At most the store's bound
    /// (`SearchLogPending.defaultMaxEventsPerDay`) of searches and as many clicks are kept a
    /// day, for the retention period.
    func record(_ event: SearchEvent)
    /// Records a click on a search's result; cheap and non-blocking. A click on the same
    /// search and position counts once; a click whose search is unknown counts for nothing.
    func record(_ click: SearchClick)
    /// The searches of days `from`...`to` (`SearchLogDay` strings) grouped, with their clicks,
    /// in `SearchSummary.storeOrder`.
    func summaries(from: String, to: String) async throws -> [SearchSummary]
}
