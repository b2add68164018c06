import Foundation
import TestSupport

extension RepoPaths {
    static let devCases = eval("diagnose-dev.jsonl")
    static let diagnoserFixtures = fixtures(of: "DiagnoserTests")
}
