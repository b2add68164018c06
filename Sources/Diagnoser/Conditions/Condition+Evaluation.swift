extension Condition {
    /// Whether every clause holds. A clause about a value that was not typed never holds
    /// (`not securityCode.hasLetters` needs a security code), except `<group>.present` itself.
    public func holds(in facts: Facts) -> Bool {
        // Through the buffer: each clause is read in place, not copied.
        clauses.withUnsafeBufferPointer { clauses in
            for index in clauses.indices where !clauses[index].holds(in: facts) { return false }
            return true
        }
    }
}

extension Condition.Clause {
    func holds(in facts: Facts) -> Bool {
        if let presence, (presenceSlot.map { facts[slot: $0] } ?? facts[presence]) != .bool(true) { return false }
        guard let value = factSlot.map({ facts[slot: $0] }) ?? facts[fact] else { return false }
        switch test {
        case .isTrue: return value.isTruthy
        case .isFalse: return !value.isTruthy
        case .compare(let op, let operand):
            switch (value, operand) {
            case (.int(let actual), .number(let expected)):
                return op.holds(actual, expected)
            case (.bool(let actual), .word(let expected)):
                return op.holds(same: actual == (expected == "true"))
            case (.word(let actual), .word(let expected)):
                return op.holds(same: actual.lowercased() == expected)
            default:
                return false
            }
        }
    }
}

extension Condition.Operator {
    /// `actual OP expected` for numbers.
    func holds(_ actual: Int, _ expected: Int) -> Bool {
        switch self {
        case .equal: return actual == expected
        case .notEqual: return actual != expected
        case .greater: return actual > expected
        case .greaterOrEqual: return actual >= expected
        case .less: return actual < expected
        case .lessOrEqual: return actual <= expected
        }
    }

    /// `==` and `!=` for values that are the same or not; the other operators never hold for them.
    func holds(same: Bool) -> Bool {
        self == .equal ? same : (self == .notEqual ? !same : false)
    }
}
