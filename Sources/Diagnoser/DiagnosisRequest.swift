/// What a person saw and typed: the contract's input. Every part is optional.
///
/// Decoding is lenient: numbers may arrive as strings and values as numbers, unknown keys are
/// collected in `ignoredKeys` instead of failing, and parts of the wrong type are ignored.
public struct DiagnosisRequest: Sendable, Codable, Hashable {
    /// The error as pasted, possibly inside a longer text.
    public var message: String?
    /// Typed values by the contract's keys (`securityCode`, `dateOfBirth`, …). Examined, never echoed.
    public var values: [String: String]
    public var context: DiagnosisContext
    /// Keys that were not understood (`values.ssn`, `colour`), listed back as ignored.
    public var ignoredKeys: [String]

    public init(message: String? = nil, values: [String: String] = [:], context: DiagnosisContext = DiagnosisContext(), ignoredKeys: [String] = []) {
        self.message = message
        self.values = values
        self.context = context
        self.ignoredKeys = ignoredKeys
    }

    /// The contract's value keys.
    public static let valueKeys = ValueField.allCases.map(\.rawValue)

    /// The value typed in `field`.
    public subscript(value field: ValueField) -> String? {
        get { values[field.rawValue] }
        set { values[field.rawValue] = newValue }
    }

    /// A key lowercased without `_`, `-` and spaces, for reading keys written another way.
    static func folded(_ key: String) -> String {
        key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
    }

    /// No message (or only whitespace), no values and no context.
    public var isEmpty: Bool {
        (message ?? "").allSatisfy(\.isWhitespace) && values.isEmpty && context.isEmpty
    }
}
