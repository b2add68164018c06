import Diagnoser
import Evaluation
import Foundation

/// Whether confidences mean what they say: top causes grouped by confidence, with the share that
/// was right in each group, and the share right among those given 0.8 or more (target ≥ 90%).
struct DiagnoseCalibration {
    static let bounds: [Double] = [0, 0.4, 0.6, 0.8, 0.9, 1.0001]

    private(set) var counts = [Int](repeating: 0, count: bounds.count - 1)
    private(set) var right = [Int](repeating: 0, count: bounds.count - 1)
    private(set) var nothing = 0

    mutating func add(_ outcome: DiagnosisAccuracy.Outcome) {
        guard let top = outcome.diagnosis.causes.first else { nothing += 1; return }
        let bucket = Self.bounds.indices.dropLast().last { top.confidence >= Self.bounds[$0] } ?? 0
        counts[bucket] += 1
        if outcome.causeRight { right[bucket] += 1 }
    }

    /// Right share among top causes with confidence ≥ 0.8.
    var highConfidenceAccuracy: (right: Int, total: Int) {
        (right[3] + right[4], counts[3] + counts[4])
    }

    func table(name: String) -> String {
        var lines = ["calibration (\(name)): top-cause confidence | cases | right | share right"]
        for index in counts.indices {
            let upper = min(1, Self.bounds[index + 1])
            let share = counts[index] == 0 ? "-" : String(format: "%.0f%%", Double(right[index]) / Double(counts[index]) * 100)
            lines.append(String(format: "  %.1f-%.1f%@ | %3d | %3d | %@", Self.bounds[index], upper, index == counts.count - 1 ? "]" : ")",
                                counts[index], right[index], share))
        }
        if nothing > 0 { lines.append("  no cause | \(nothing)") }
        let high = highConfidenceAccuracy
        lines.append(String(format: "  confidence >= 0.8: %d/%d right (%.0f%%; target >= 90%%)", high.right, high.total,
                            high.total == 0 ? 0 : Double(high.right) / Double(high.total) * 100))
        return lines.joined(separator: "\n")
    }
}
