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
                switch op {
                case .equal: return actual == expected
                case .notEqual: return actual != expected
                case .greater: return actual > expected
                case .greaterOrEqual: return actual >= expected
                case .less: return actual < expected
                case .lessOrEqual: return actual <= expected
                }
            case (.bool(let actual), .word(let expected)):
                let same = actual == (expected == "true")
                return op == .equal ? same : (op == .notEqual ? !same : false)
            case (.word(let actual), .word(let expected)):
                let same = actual.lowercased() == expected
                return op == .equal ? same : (op == .notEqual ? !same : false)
            default:
                return false
            }
        }
    }
}
