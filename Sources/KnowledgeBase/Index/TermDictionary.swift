/// Index terms by their text: a term's id from its bytes, with one cheap hash
/// (`ByteStringInterner`) instead of the SipHash of a `[String: Int32]`, since the parser
/// asks for the terms of every word of every query.
struct TermDictionary: Sendable {
    private var ids = ByteStringInterner(capacity: 1 << 12)

    /// The id of `term`, adding it (with the next id) when it is new; and whether it was added.
    mutating func intern(_ term: String) -> (id: Int32, isNew: Bool) {
        var term = term
        let interned = term.withUTF8 { ids.intern($0) }
        return (Int32(interned.id), interned.isNew)
    }

    var estimatedBytes: Int { ids.estimatedBytes }

    /// The id of `term`, or nil when the collection has no such term.
    subscript(term: String) -> Int32? {
        var term = term
        return term.withUTF8 { ids.id(of: $0) }.map(Int32.init)
    }
}
