import KnowledgeBase
/// Reads `when:` lines in the condition vocabulary (README, "Conditions"): `fact`, `not fact`,
/// `fact OP value` joined with ` and `, over the facts of `FactCatalog`. Unknown facts,
/// values of the wrong kind and stray words are errors.
public struct ConditionParser: Sendable {
    public init() {}

    public func parse(_ text: String) throws(ConditionError) -> Condition {
        let source = text.trimmedForReading
        guard !source.isEmpty else { throw ConditionError(condition: text, reason: "it is empty") }
        var clauses: [Condition.Clause] = []
        for part in Self.splitOnAnd(String(source)) {
            clauses.append(try clause(part, in: String(source)))
        }
        return Condition(clauses: clauses, source: String(source))
    }

    static func splitOnAnd(_ text: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            if word.lowercased() == "and" || word == "&&" {
                parts.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(word)
            }
        }
        parts.append(current.joined(separator: " "))
        return parts
    }

    private func clause(_ part: String, in source: String) throws(ConditionError) -> Condition.Clause {
        guard !part.isEmpty else { throw ConditionError(condition: source, reason: "'and' needs a condition on both sides") }
        for op in Condition.Operator.allCases {
            guard let range = part.firstRange(of: op.rawValue) else { continue }
            let fact = String(part[..<range.lowerBound]).trimmedForReading
            var value = String(String(part[range.upperBound...]).trimmedForReading)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            guard !fact.isEmpty, !value.isEmpty, !value.contains(" ") else {
                throw ConditionError(condition: source, reason: "'\(part)' should be 'fact \(op.rawValue) value'")
            }
            let kind = try self.kind(of: String(fact), in: source)
            return Condition.Clause(fact: String(fact), test: .compare(op, try operand(value, op: op, fact: String(fact), kind: kind, in: source)))
        }
        let words = part.split(separator: " ").map(String.init)
        if words.count == 2, words[0].lowercased() == "not" {
            let kind = try self.kind(of: words[1], in: source)
            guard kind == .bool else { throw ConditionError(condition: source, reason: "'not' needs a yes/no fact; '\(words[1])' is not one") }
            return Condition.Clause(fact: words[1], test: .isFalse)
        }
        guard words.count == 1 else {
            throw ConditionError(condition: source, reason: "'\(part)' is not 'fact', 'not fact' or 'fact OP value'")
        }
        let kind = try self.kind(of: words[0], in: source)
        guard kind == .bool else {
            throw ConditionError(condition: source, reason: "'\(words[0])' is not a yes/no fact; compare it with a value")
        }
        return Condition.Clause(fact: words[0], test: .isTrue)
    }

    private func kind(of fact: String, in source: String) throws(ConditionError) -> FactCatalog.Kind {
        guard let kind = FactCatalog.kinds[fact] else {
            let suggestion = FactCatalog.kinds.keys.min { DamerauLevenshtein.distance($0, fact) < DamerauLevenshtein.distance($1, fact) }
            throw ConditionError(condition: source, reason: "unknown fact '\(fact)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
        }
        return kind
    }

    private func operand(_ value: String, op: Condition.Operator, fact: String, kind: FactCatalog.Kind, in source: String) throws(ConditionError) -> Condition.Operand {
        switch kind {
        case .int:
            guard let number = Int(value) else { throw ConditionError(condition: source, reason: "'\(fact)' is a number; '\(value)' is not") }
            return .number(number)
        case .bool:
            let lower = value.lowercased()
            guard (lower == "true" || lower == "false"), op == .equal || op == .notEqual else {
                throw ConditionError(condition: source, reason: "'\(fact)' is yes/no: use '\(fact)', 'not \(fact)' or '== true/false'")
            }
            return .word(lower)
        case .word(let allowed):
            guard op == .equal || op == .notEqual else {
                throw ConditionError(condition: source, reason: "'\(fact)' is a word; only == and != apply")
            }
            let lower = value.lowercased()
            guard allowed.isEmpty || allowed.contains(lower) else {
                throw ConditionError(condition: source, reason: "'\(value)' is not one of \(allowed.joined(separator: ", ")) for '\(fact)'")
            }
            return .word(lower)
        }
    }
}
