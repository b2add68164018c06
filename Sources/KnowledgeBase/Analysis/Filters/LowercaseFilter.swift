/// Lower-cases terms ("LNK2019" -> "lnk2019"), with a fast path for ASCII.
public struct LowercaseFilter: TokenFilter {
    public init() {}

    public func filter(_ token: Token, into output: inout [Token]) {
        var token = token
        if token.term.utf8.allSatisfy({ $0 < 0x80 }) {
            token.term = Self.lowercasedASCII(token.term)
        } else {
            token.term = token.term.lowercased()
        }
        output.append(token)
    }

    /// `term` (all ASCII) in lower case; the same string when it has no capitals.
    static func lowercasedASCII(_ term: String) -> String {
        guard term.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return term }
        return String(decoding: term.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
