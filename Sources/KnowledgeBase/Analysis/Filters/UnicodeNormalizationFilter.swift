import Foundation

/// Unicode NFKC: full-width letters, ligatures and compatibility forms become their plain
/// equivalents ("ﬁle" -> "file", "Ｃ２００１" -> "C2001"). ASCII passes through untouched.
public struct UnicodeNormalizationFilter: TokenFilter {
    public init() {}

    public func filter(_ token: Token, into output: inout [Token]) {
        guard !token.term.utf8.allSatisfy({ $0 < 0x80 }) else { output.append(token); return }
        var token = token
        token.term = token.term.precomposedStringWithCompatibilityMapping
        output.append(token)
    }
}
