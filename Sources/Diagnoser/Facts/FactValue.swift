/// The value of one fact about what was typed: a yes/no, a count, or a word (a shape name).
/// Never the typed value itself.
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case word(String)

    public var description: String {
        switch self {
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .word(let value): return value
        }
    }

    /// Truthiness for a bare `fact` condition: true, a non-zero count, or a word other than `none`.
    var isTruthy: Bool {
        switch self {
        case .bool(let value): return value
        case .int(let value): return value != 0
        case .word(let value): return !value.isEmpty && value != "none"
        }
    }
}
