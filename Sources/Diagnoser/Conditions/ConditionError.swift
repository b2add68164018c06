/// Why a `when:` line could not be read.
public struct ConditionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var condition: String
    public var reason: String

    public var description: String { "Condition '\(condition)': \(reason)" }
}
