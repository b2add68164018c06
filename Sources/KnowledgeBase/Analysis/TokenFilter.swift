/// One step of an analysis chain (Lucene's TokenFilter): reads one token and writes
/// zero (removed), one (changed) or several (expanded) tokens.
public protocol TokenFilter: Sendable {
    func filter(_ token: Token, into output: inout [Token])
}

extension TokenFilter {
    /// Applies the filter to every token of a stream.
    public func filter(_ tokens: [Token]) -> [Token] {
        var output: [Token] = []
        output.reserveCapacity(tokens.count)
        for token in tokens { filter(token, into: &output) }
        return output
    }
}
