import Foundation

/// Counts over the whole collection that BM25F needs: how many documents, and the
/// average length (in terms) of each field.
public struct CollectionStatistics: Hashable, Sendable, Codable {
    public var documentCount: Int
    /// Indexed by `IndexField.rawValue`.
    public var averageFieldLength: [Double]

    public init(documentCount: Int, averageFieldLength: [Double]) {
        self.documentCount = documentCount
        self.averageFieldLength = averageFieldLength
    }

    /// BM25's inverse document frequency, always positive: `ln(1 + (N − df + 0.5) / (df + 0.5))`.
    public func idf(documentFrequency df: Int) -> Double {
        let n = Double(documentCount), df = Double(df)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }
}
