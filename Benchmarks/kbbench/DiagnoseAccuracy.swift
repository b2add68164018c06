import Diagnoser

/// cause@1, article@1 and error accuracy of a diagnoser over evaluation cases.
struct DiagnoseAccuracy {
    var total = 0
    var causeRight = 0
    var articleRight = 0
    var errorRight = 0
    var misses: [String] = []

    init(cases: [EvaluationCase], diagnoser: Diagnoser) {
        for evaluationCase in cases {
            let diagnosis = diagnoser.diagnose(evaluationCase.request)
            total += 1
            if evaluationCase.causeRight(diagnosis) { causeRight += 1 } else {
                misses.append("\(evaluationCase) got \(diagnosis.causes.first?.id ?? "nothing")")
            }
            if evaluationCase.articleRight(diagnosis) { articleRight += 1 }
            if evaluationCase.errorRight(diagnosis) { errorRight += 1 }
        }
    }

    /// Figures only (no misses) for a held-out file, so that nobody tunes on its cases.
    func summary(name: String) -> String {
        summary(name: name, showMisses: !name.contains("holdout"))
    }

    func summary(name: String, showMisses: Bool) -> String {
        func share(_ count: Int) -> String { "\(count)/\(total) (\(total == 0 ? 0 : Int((Double(count) / Double(total) * 100).rounded()))%)" }
        var lines = ["\(name): cause@1 \(share(causeRight)), article@1 \(share(articleRight)), error \(share(errorRight))"]
        if showMisses { lines += misses.map { "  miss: \($0)" } } else if !misses.isEmpty { lines.append("  (\(misses.count) misses not shown: held out)") }
        return lines.joined(separator: "\n")
    }
}
