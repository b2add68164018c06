import Hummingbird
import KnowledgeBase

/// `q`, `limit`, `category` and `audience` of a search, validated the same way for the page and the API.
struct SearchParameters: Sendable {
    var query: String
    var limit: Int
    var category: Category?
    var audience: Audience

    static let defaultLimit = 10
    static let maxLimit = 50
    /// The longest query searched; longer ones get 400.
    static let maxQueryLength = 1_000

    /// Throws 400 for a query that is too long, a limit that is not 1…50 (given empty too), an
    /// unknown category or audience. A missing query is an empty one. `emptyCategoryMeansAll`:
    /// the search form's "All topics" sends `category=`; the JSON API takes its parameters as its
    /// schema gives them, so there an empty category is unknown.
    init(_ fields: FormFields, emptyCategoryMeansAll: Bool = true) throws {
        query = fields.nonEmpty("q") ?? ""
        guard fields.sentLength(of: "q") <= Self.maxQueryLength else {
            throw HTTPError(.badRequest, message: "The query is longer than \(Self.maxQueryLength) characters.")
        }
        if let text = fields["limit"] {
            // No form sends a limit: given, it must be a whole number as the schema's integer is
            // written, not blank or padded.
            guard let limit = Int(text), (1...Self.maxLimit).contains(limit) else {
                throw HTTPError(.badRequest, message: "limit must be a whole number from 1 to \(Self.maxLimit).")
            }
            self.limit = limit
        } else {
            limit = Self.defaultLimit
        }
        // A category is a name of the schema's list exactly, as the forms' menus send it: " ", a
        // no-break space or "registration " is unknown, not "every category".
        if let name = fields["category"], !(emptyCategoryMeansAll && name.isEmpty) {
            guard let category = Category.known.first(where: { $0.rawValue == name }) else {
                throw HTTPError(
                    .badRequest,
                    message: "Unknown category; use one of: \(Category.known.map(\.rawValue).joined(separator: ", "))."
                )
            }
            self.category = category
        } else {
            category = nil
        }
        audience = try fields.audience()
    }

    var request: SearchRequest { SearchRequest(query: query, limit: limit, category: category, audience: audience) }
}
