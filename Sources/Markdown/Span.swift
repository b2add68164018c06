// A range of bytes in `Document.store`.
struct Span: Sendable, Equatable {
    var start: Int32
    var count: Int32
    static let empty = Span(start: 0, count: 0)
    var isEmpty: Bool { count == 0 }
    var end: Int { Int(start) + Int(count) }
}
