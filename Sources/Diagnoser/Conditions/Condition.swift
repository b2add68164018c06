/// A parsed `when:` line: clauses joined with ` and `, each `fact`, `not fact` or `fact OP value`.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        // Two-character operators first, so `>=` is not read as `>`.
        case equal = "==", notEqual = "!=", greaterOrEqual = ">=", lessOrEqual = "<=", greater = ">", less = "<"
    }

    public enum Operand: Sendable, Hashable {
        case number(Int)
        case word(String)
    }

    public enum Test: Sendable, Hashable {
        case isTrue
        case isFalse
        case compare(Operator, Operand)
    }

    public struct Clause: Sendable, Hashable {
        public var fact: String
        public var test: Test
        /// The value group the fact belongs to (`securityCode`), nil for context facts.
        let group: String?
        /// `<group>.present`, the fact that says the group's value was typed (nil without a group).
        let presence: String?
        /// The slots of `fact` and `presence` in `Facts` (nil for names outside `FactCatalog`).
        let factSlot: Int?
        let presenceSlot: Int?

        public init(fact: String, test: Test) {
            self.fact = fact
            self.test = test
            self.group = fact.hasSuffix(".present") ? nil : FactCatalog.group(of: fact)
            self.presence = group.map(FactCatalog.presenceFact)
            factSlot = FactCatalog.slot(of: fact)
            presenceSlot = presence.flatMap(FactCatalog.slot(of:))
        }
    }

    public var clauses: [Clause]
    /// The line as written.
    public var source: String

    public var description: String { source }

    /// The facts the condition reads, in order, without repeats.
    public var facts: [String] {
        var seen = Set<String>()
        return clauses.map(\.fact).filter { seen.insert($0).inserted }
    }
}
