/// Where an article's metadata fields are in its source file, so `check` can point at
/// the line of a bad `category`, a `related` id, a `causes` entry or one of its `when:` lines.
public struct FieldLines: Sendable, Hashable {
    /// 1-based line of each top-level key (`category`, `related`, …).
    public var keys: [String: Int] = [:]
    /// 1-based lines of the items of list-valued keys (`related`, `causes`, `errors`), in order.
    public var items: [String: [Int]] = [:]

    public init(keys: [String: Int] = [:], items: [String: [Int]] = [:]) {
        self.keys = keys
        self.items = items
    }

    /// The line of item `index` of `key`, else of the key itself.
    public func line(of key: String, item index: Int? = nil) -> Int? {
        if let index, let lines = items[key], lines.indices.contains(index) { return lines[index] }
        return keys[key]
    }

    /// The line of `when:` line `index` of the cause `id`, the article's cause at `causeIndex`;
    /// else the line of that cause entry.
    public func line(ofCondition index: Int, cause id: String, causeIndex: Int) -> Int? {
        if let lines = items[Self.conditionsKey(cause: id)], lines.indices.contains(index) { return lines[index] }
        return line(of: "causes", item: causeIndex)
    }

    /// The key of `items` that holds the lines of a cause's `when:` lines.
    static func conditionsKey(cause id: String) -> String { "causes.\(id).when" }
}
