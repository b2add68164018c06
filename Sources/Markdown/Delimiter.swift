// An entry of the delimiter stack (`*`, `_`, `~` runs).
struct Delimiter {
    var char: UInt8
    var count: Int
    var originalCount: Int
    var node: Int
    var prev: Int
    var next: Int
    var canOpen: Bool
    var canClose: Bool
}
