import Synchronization
import Foundation

/// Holds the current `ContentSnapshot` and swaps it atomically on reload.
final class ContentStore: Sendable {
    private let snapshot: Mutex<ContentSnapshot>

    init(_ snapshot: ContentSnapshot) {
        self.snapshot = Mutex(snapshot)
    }

    var current: ContentSnapshot { snapshot.withLock { $0 } }

    /// Swaps in `newSnapshot` as the next generation.
    func replace(with newSnapshot: ContentSnapshot) {
        snapshot.withLock { current in
            var next = newSnapshot
            next.generation = current.generation + 1
            current = next
        }
    }
}
