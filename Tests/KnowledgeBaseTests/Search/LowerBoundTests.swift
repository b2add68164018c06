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

    /// The sets of documents the label rules and the site question merge: ascending, each once.
    @Test func sortingWithoutRepeatsLeavesEachValueOnceInOrder() {
        var generator = SeededGenerator(state: 0x5E7)
        for _ in 0..<200 {
            var values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int32.random(in: 0...30, using: &generator) }
            let expected = Array(Set(values)).sorted()
            values.sortWithoutRepeats()
            #expect(values == expected)
        }
        #expect([Int32(1), 4, 9].sortedUnion([2, 4]) == [1, 2, 4, 9])
        #expect([Int32]().sortedUnion([3]) == [3])
    }
}
