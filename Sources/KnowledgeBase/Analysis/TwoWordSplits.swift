/// The ways a word typed without a space may be cut into two words ("phonenumber": …, "phone"
/// "number", …): at each character boundary that leaves two letters or more on each side,
/// first half shortest first. Both the collection's pairs (`TermExpander.split`) and the
/// synonyms' phrases (`SynonymFilter.joinedPhrase`) are looked up through it.
enum TwoWordSplits {
    static func of(_ surface: String) -> [(first: String, second: String)] {
        let bytes = Array(surface.utf8)
        guard bytes.count >= 4 else { return [] }
        return (2...(bytes.count - 2)).compactMap { cut in
            bytes[cut] & 0xC0 == 0x80 ? nil
                : (String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self))
        }
    }
}
