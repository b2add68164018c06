/// What the value readers found: fact name (`securityCode.digits`) to value.
///
/// Facts of a value group (`securityCode`, `pin`, …) exist only when that value was typed;
/// `<group>.present` is always there. Context facts (`flow`, counters, `timeZones.differ`,
/// `userAgent.internetExplorer`) always exist.
///
/// The facts of `FactCatalog` are kept in a fixed array by their slot (`FactCatalog.slot(of:)`), so
/// that conditions and texts prepared once read them without hashing a name; any other name is
/// kept by name.
public struct Facts: Sendable, Hashable {
    private var slots: [FactValue?]
    private var others: [String: FactValue] = [:]
    /// Where each typed value came from, by group: typed in a field, or found in the message.
    public private(set) var fromMessage: Set<String> = []

    public init() { slots = [FactValue?](repeating: nil, count: FactCatalog.names.count) }

    /// Every fact by name.
    public var values: [String: FactValue] {
        var values = others
        for (slot, value) in slots.enumerated() { if let value { values[FactCatalog.names[slot]] = value } }
        return values
    }

    public subscript(name: String) -> FactValue? {
        if let slot = FactCatalog.slot(of: name) { return slots[slot] }
        return others[name]
    }

    /// The fact in `slot` of the catalog.
    subscript(slot slot: Int) -> FactValue? { slots[slot] }

    /// Sets the fact in `slot` of the catalog.
    mutating func set(slot: Int, _ value: FactValue) { slots[slot] = value }

    /// Sets the fact `name` by its slot, looked up beforehand (nil: by name).
    mutating func set(_ name: String, slot: Int?, _ value: FactValue) {
        if let slot { slots[slot] = value } else { set(name, value) }
    }

    public mutating func set(_ name: String, _ value: FactValue) {
        if let slot = FactCatalog.slot(of: name) { slots[slot] = value } else { others[name] = value }
    }
    public mutating func set(_ name: String, _ value: Bool) { set(name, .bool(value)) }
    public mutating func set(_ name: String, _ value: Int) { set(name, .int(value)) }
    public mutating func set(_ name: String, word value: String) { set(name, .word(value)) }

    mutating func markFromMessage(_ group: String) { fromMessage.insert(group) }

    /// Whether the value group of `name` was typed (context facts always count as present).
    public func groupPresent(for name: String) -> Bool {
        guard let group = FactCatalog.group(of: name) else { return true }
        return isPresent(group: group)
    }

    /// Whether the value group of the fact in `slot` was typed (context facts always count as present).
    func groupPresent(slot: Int) -> Bool {
        guard let presence = FactCatalog.presenceSlots[slot] else { return true }
        return slots[presence] == .bool(true)
    }

    /// Whether the value of `group` (`securityCode`) was typed.
    func isPresent(group: String) -> Bool {
        self[FactCatalog.presenceFact(group)] == .bool(true)
    }
}
