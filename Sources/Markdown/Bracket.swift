// An entry of the bracket stack (`[` and `![`).
struct Bracket {
    var node: Int
    var previousDelimiter: Int
    var index: Int
    var image: Bool
    var bracketAfter = false
}
