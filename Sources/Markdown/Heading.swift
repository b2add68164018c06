/// A heading of a parsed document: level, plain text and anchor id (empty unless anchors are on).
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text (inline markup removed).
    public var text: String
    /// The anchor id (`reset-your-password`, `…-1`, or a `{#custom-id}`); empty when anchors are off.
    public var anchor: String
}
