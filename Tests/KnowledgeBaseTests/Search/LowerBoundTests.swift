import Testing
import TestSupport
@testable import KnowledgeBase

/// The binary search that snippets (escaped bytes) and the label rules (labelled documents)
/// share agrees with a linear scan, on sorted arrays with repeats, slices and empty ones.
@Suite struct LowerBoundTests {
    @Test func agreesWithALinearScan() {
        var generator = SeededGenerator(state: 0xB15EC7)
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int32.random(in: 0...30, using: &generator) }.sorted()
            let slice = values.dropFirst(values.count / 3)
            for probe in Int32(-1)...31 {
                #expect(values.lowerBound(of: probe) == (values.firstIndex { $0 >= probe } ?? values.endIndex))
                #expect(slice.lowerBound(of: probe) == (slice.firstIndex { $0 >= probe } ?? slice.endIndex))
                #expect(values.sortedContains(probe) == values.contains(probe))
            }
        }
    }
}
