/// The fields of an article that search reads, each with its own BM25F weight and length normalization.
public enum IndexField: Int, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    case title, aliases, errors, headings, body

    public static let count = allCases.count

    public var description: String {
        switch self {
        case .title: return "title"
        case .aliases: return "aliases"
        case .errors: return "errors"
        case .headings: return "headings"
        case .body: return "body"
        }
    }
}
