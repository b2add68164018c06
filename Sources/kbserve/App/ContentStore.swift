import Foundation

/// Holds the current `ContentSnapshot` and swaps it atomically on reload.
final class ContentStore: Sendable {
    private let snapshot: Locked<ContentSnapshot>

    init(_ snapshot: ContentSnapshot) {
        self.snapshot = Locked(snapshot)
    }

    var current: ContentSnapshot { snapshot.withLock { $0 } }

    func replace(with newSnapshot: ContentSnapshot) {
        snapshot.withLock { $0 = newSnapshot }
    }
}
