import Diagnoser
import Foundation
import KnowledgeBase

/// One loaded content snapshot: the knowledge base and a Diagnoser over its articles.
/// Requests read a snapshot; a reload swaps in a whole new one.
struct HelpCenter: Sendable {
    let knowledgeBase: KnowledgeBase
    let diagnoser: Diagnoser
    let loadedAt: Date

    init(knowledgeBase: KnowledgeBase, loadedAt: Date = Date()) {
        self.knowledgeBase = knowledgeBase
        self.diagnoser = Diagnoser(knowledgeBase: knowledgeBase)
        self.loadedAt = loadedAt
    }
}
