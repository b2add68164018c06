/// Lower-cases terms ("LNK2019" -> "lnk2019"), with a fast path for ASCII.
public struct LowercaseFilter: TokenFilter {
    public init() {}

    public func filter(_ token: Token, into output: inout [Token]) {
        var token = token
        if token.term.utf8.allSatisfy({ $0 < 0x80 }) {
            if token.term.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                token.term = String(decoding: token.term.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            }
        } else {
            token.term = token.term.lowercased()
        }
        output.append(token)
    }
}
