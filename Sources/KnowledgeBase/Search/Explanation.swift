/// A tree of how a score was computed, in Lucene's manner: a value, what it is, and its parts.
public struct Explanation: Hashable, Sendable, Codable {
    public var value: Double
    public var description: String
    public var details: [Explanation]

    public init(value: Double, description: String, details: [Explanation] = []) {
        self.value = value
        self.description = description
        self.details = details
    }

    /// Indented lines, one per node.
    public func formatted(indent: Int = 0) -> String {
        let line = String(repeating: "  ", count: indent) + "\(value) = \(description)"
        return ([line] + details.map { $0.formatted(indent: indent + 1) }).joined(separator: "\n")
    }
}
