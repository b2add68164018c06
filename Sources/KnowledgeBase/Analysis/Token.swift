/// One term of analyzed text: the term, its position in the token stream, and where it
/// came from in the source text (UTF-8 offsets), so snippets can mark it.
public struct Token: Hashable, Sendable {
    /// The term text; raw from the tokenizer, normalized and stemmed after the filter chain.
    public var term: String
    /// 0-based position, assigned by the analyzer after filtering (removed words leave no gap).
    public var position: Int
    /// 1 for a new position; 0 for a token that overlaps the previous one (the whole of a
    /// compound such as "e-mail" next to its parts, or an expansion).
    public var positionIncrement: Int
    /// UTF-8 offset of the first byte in the source text.
    public var start: Int
    /// UTF-8 offset one past the last byte in the source text.
    public var end: Int

    public init(term: String, position: Int = 0, positionIncrement: Int = 1, start: Int = 0, end: Int = 0) {
        self.term = term
        self.position = position
        self.positionIncrement = positionIncrement
        self.start = start
        self.end = end
    }
}
