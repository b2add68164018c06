/// BM25F's parameters (Robertson & Zaragoza): term-frequency saturation `k1`, and per field
/// a weight and a length normalization `b`. A term's pseudo-frequency in a document is
/// `Σ weight(f) · tf(f) / (1 − b(f) + b(f) · length(f) / averageLength(f))`, and its score
/// `idf · tf' / (k1 + tf')`.
public struct BM25FParameters: Hashable, Sendable, Codable {
    public var k1: Double
    /// Indexed by `IndexField.rawValue`.
    public var weights: [Double]
    /// Indexed by `IndexField.rawValue`.
    public var b: [Double]

    public init(k1: Double, weights: [IndexField: Double], b: [IndexField: Double]) {
        self.k1 = k1
        self.weights = IndexField.allCases.map { weights[$0] ?? 1 }
        self.b = IndexField.allCases.map { b[$0] ?? 0.75 }
    }

    public func weight(_ field: IndexField) -> Double { weights[field.rawValue] }
    public func b(_ field: IndexField) -> Double { b[field.rawValue] }

    /// Title and error messages weigh most, then aliases and headings, then the body.
    public static let standard = BM25FParameters(
        k1: 1.2,
        weights: [.title: 3.0, .aliases: 2.0, .errors: 3.0, .headings: 1.8, .body: 1.0],
        b: [.title: 0.4, .aliases: 0.4, .errors: 0.4, .headings: 0.5, .body: 0.75]
    )
}
