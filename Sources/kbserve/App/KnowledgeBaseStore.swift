import Foundation

/// Holds the current `HelpCenter` snapshot and swaps it atomically on reload.
final class KnowledgeBaseStore: Sendable {
    private let snapshot: Locked<HelpCenter>

    init(_ helpCenter: HelpCenter) {
        snapshot = Locked(helpCenter)
    }

    var current: HelpCenter { snapshot.withLock { $0 } }

    func replace(with helpCenter: HelpCenter) {
        snapshot.withLock { $0 = helpCenter }
    }
}
