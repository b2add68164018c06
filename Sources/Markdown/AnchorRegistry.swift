/// The anchor ids of one page: hands out unique ones (`x`, `x-1`, `x-2`, …).
public struct AnchorRegistry: Sendable {
    var used: Set<String> = []
    var nextSuffix: [String: Int] = [:]

    public init() {}

    /// Marks an explicit id (a `{#custom-id}` or an HTML `id`) as taken.
    public mutating func reserve(_ id: String) {
        used.insert(id)
    }

    /// `base` if it is free, else the first free `base-1`, `base-2`, …; the result is then taken.
    public mutating func unique(_ base: String) -> String {
        var anchor = base
        if used.contains(base) {
            var k = nextSuffix[base] ?? 1
            while used.contains("\(base)-\(k)") { k += 1 }
            anchor = "\(base)-\(k)"
            nextSuffix[base] = k + 1
        }
        used.insert(anchor)
        return anchor
    }
}
