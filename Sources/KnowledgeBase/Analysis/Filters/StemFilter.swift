/// English Porter2 (Snowball) stemming of plain words: "passwords" -> "password",
/// "signing" -> "sign". Codes, numbers and compounds (anything with a digit or a joiner)
/// are left as they are, so "c2001" or "system.dll" never change.
public struct StemFilter: TokenFilter {
    private let stemmer = Porter2Stemmer()

    public init() {}

    public func filter(_ token: Token, into output: inout [Token]) {
        let isPlainWord = token.term.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "'")
        }
        guard isPlainWord, token.term.utf8.count > 2 else { output.append(token); return }
        var token = token
        token.term = stemmer.stem(token.term)
        if !token.term.isEmpty { output.append(token) }
    }
}
