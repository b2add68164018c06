/// Any JSON value, for reading requests leniently (numbers as strings, strings as numbers).
enum JSONValue: Sendable, Hashable, Decodable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case object([String: JSONValue])
    case array([JSONValue])
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode([String: JSONValue].self) { self = .object(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a JSON value.")
    }

    /// A string for strings, numbers (integers without ".0") and booleans; nil otherwise.
    var scalarText: String? {
        switch self {
        case .string(let value): return value
        case .number(let value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .bool(let value): return value ? "true" : "false"
        default: return nil
        }
    }

    /// A whole number from a number (fractions dropped); nil otherwise. Counts written as text
    /// are read by `DiagnosisContext.Field`.
    var integer: Int? {
        guard case .number(let value) = self, value.isFinite, abs(value) < 1e9 else { return nil }
        return Int(value)
    }
}
