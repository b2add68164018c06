/// A clause as ranking evaluates it: slots and a test with no strings, so that reading one copies
/// no references (a `Condition.Clause` holds four strings). Clauses that compare words, name a fact
/// outside the catalog, or meet a value of another kind are evaluated as written, by the clause.
struct ClauseCheck: Sendable {
    enum Test: Sendable {
        case isTrue, isFalse
        /// An int fact against a number.
        case number(Condition.Operator, Int)
        /// A yes/no fact against true or false.
        case bool(Condition.Operator, Bool)
        /// Anything else: the clause as written.
        case asWritten
    }

    /// The clause's place in its condition.
    var place: Int
    /// The slot of the fact, and of `<group>.present` (-1 when the clause needs no value typed).
    var fact = -1
    var presence = -1
    var test = Test.asWritten

    /// The checks of a condition's clauses, in order.
    static func checks(_ condition: Condition) -> [ClauseCheck] {
        condition.clauses.enumerated().map { place, clause in
            var check = ClauseCheck(place: place)
            guard let fact = clause.factSlot, clause.presence == nil || clause.presenceSlot != nil else { return check }
            check.fact = fact
            check.presence = clause.presenceSlot ?? -1
            switch clause.test {
            case .isTrue: check.test = .isTrue
            case .isFalse: check.test = .isFalse
            case .compare(let op, .number(let number)): check.test = .number(op, number)
            case .compare(let op, .word(let word)) where FactCatalog.kinds[clause.fact] == .bool: check.test = .bool(op, word == "true")
            case .compare: break
            }
            return check
        }
    }

    /// Whether every check of the cause's condition at `place` holds: what its `holds(in:)` says.
    static func allHold(_ cause: CompiledCause, condition place: Int, in facts: Facts) -> Bool {
        cause.checks[place].withUnsafeBufferPointer { checks in
            for check in checks where !check.holds(cause.conditions[place], in: facts) { return false }
            return true
        }
    }

    /// - Parameter condition: read only for a clause evaluated as written.
    private func holds(_ condition: @autoclosure () -> Condition, in facts: Facts) -> Bool {
        if case .asWritten = test { return condition().clauses[place].holds(in: facts) }
        if presence >= 0, facts[slot: presence] != .bool(true) { return false }
        guard let value = facts[slot: fact] else { return false }
        switch (test, value) {
        case (.isTrue, _): return value.isTruthy
        case (.isFalse, _): return !value.isTruthy
        case (.number(let op, let expected), .int(let actual)):
            return op.holds(actual, expected)
        case (.bool(let op, let expected), .bool(let actual)):
            return op.holds(same: actual == expected)
        default:
            return condition().clauses[place].holds(in: facts)
        }
    }
}
