/// What the value readers found: fact name (`securityCode.digits`) to value.
///
/// Facts of a value group (`securityCode`, `pin`, …) exist only when that value was typed;
/// `<group>.present` is always there. Context facts (`flow`, counters, `timeZones.differ`,
/// `userAgent.internetExplorer`) always exist.
public struct Facts: Sendable, Hashable {
    public private(set) var values: [String: FactValue] = [:]
    /// Where each typed value came from, by group: typed in a field, or found in the message.
    public private(set) var fromMessage: Set<String> = []

    public init() { values.reserveCapacity(64) }

    public subscript(name: String) -> FactValue? { values[name] }

    public mutating func set(_ name: String, _ value: FactValue) { values[name] = value }
    public mutating func set(_ name: String, _ value: Bool) { values[name] = .bool(value) }
    public mutating func set(_ name: String, _ value: Int) { values[name] = .int(value) }
    public mutating func set(_ name: String, word value: String) { values[name] = .word(value) }

    mutating func markFromMessage(_ group: String) { fromMessage.insert(group) }

    /// Whether the value group of `name` was typed (context facts always count as present).
    public func groupPresent(for name: String) -> Bool {
        guard let group = FactCatalog.group(of: name) else { return true }
        return isPresent(group: group)
    }

    /// Whether the value of `group` (`securityCode`) was typed.
    func isPresent(group: String) -> Bool {
        values[FactCatalog.presenceFact(group)] == .bool(true)
    }
}
