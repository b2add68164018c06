import Diagnoser

/// A diagnoser run over evaluation cases: each case's diagnosis, and cause@1, article@1 and
/// error accuracy over them.
public struct DiagnosisAccuracy: Sendable {
    /// One case and its diagnosis.
    public struct Outcome: Sendable, CustomStringConvertible {
        public var evaluationCase: EvaluationCase
        public var diagnosis: Diagnosis

        public var causeRight: Bool { evaluationCase.causeRight(diagnosis) }
        public var articleRight: Bool { evaluationCase.articleRight(diagnosis) }
        public var errorRight: Bool { evaluationCase.errorRight(diagnosis) }

        /// The case and the top cause it got.
        public var description: String { "\(evaluationCase) got \(diagnosis.causes.first?.id ?? "nothing")" }
    }

    public let outcomes: [Outcome]

    public init(cases: [EvaluationCase], diagnoser: Diagnoser) {
        outcomes = cases.map { Outcome(evaluationCase: $0, diagnosis: diagnoser.diagnose($0.request)) }
    }

    public var total: Int { outcomes.count }
    public var causeRight: Int { outcomes.count(where: \.causeRight) }
    public var articleRight: Int { outcomes.count(where: \.articleRight) }
    public var errorRight: Int { outcomes.count(where: \.errorRight) }
    /// The cases whose top cause is not the expected one.
    public var misses: [Outcome] { outcomes.filter { !$0.causeRight } }

    /// Figures only (no misses) for a held-out file (`…holdout…`, and the fresh Spanish set
    /// `diagnose-es-fresh.jsonl`), so that nobody tunes on its cases.
    public func summary(name: String) -> String {
        summary(name: name, showMisses: !name.contains("holdout") && !name.contains("-fresh.jsonl"))
    }

    public func summary(name: String, showMisses: Bool) -> String {
        func share(_ count: Int) -> String { "\(count)/\(total) (\(total == 0 ? 0 : Int((Double(count) / Double(total) * 100).rounded()))%)" }
        var lines = ["\(name): cause@1 \(share(causeRight)), article@1 \(share(articleRight)), error \(share(errorRight))"]
        if showMisses { lines += misses.map { "  miss: \($0)" } } else if !misses.isEmpty { lines.append("  (\(misses.count) misses not shown: held out)") }
        return lines.joined(separator: "\n")
    }
}
