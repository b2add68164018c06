import Markdown
import Yams

/// An article's fields read from its YAML front matter (found with `Markdown.FrontMatter`, the
/// block between leading `---` lines): flat front matter by `FrontMatterNode.simple`, the rest with Yams. Unknown keys (msdocs' `ms.date`, `author`, …) are
/// ignored; a list where text is expected (or the reverse) is tolerated where the
/// meaning is clear and reported as a warning otherwise.
struct ArticleFrontMatter {
    var id: String?
    var title: String?
    var summary: String?
    var description: String?
    var category: String?
    var audience: String?
    var aliases: [String]?
    var errors: [ErrorMessage] = []
    var causes: [CauseDefinition] = []
    var related: [String]?
    var contexts: [String]?
    var updated: String?
    var lines = FieldLines()
    /// Added to a YAML line to give the file line.
    private var lineOffset = 0
    /// Fields that were ignored, with their line.
    var warnings: [(line: Int, message: String)] = []

    /// Malformed front matter, at a line of the file.
    struct Failure: Error {
        var line: Int
        var reason: String
    }

    /// Where the front matter and the body are in a file's bytes.
    struct Split {
        /// The YAML text, `nil` when the file has no front matter.
        var yaml: String?
        /// The file line of the YAML's first line.
        var yamlLine = 2
        /// The byte offset where the body starts, and its line.
        var bodyStart = 0
        var bodyLine = 1
    }

    /// Finds front matter with the Markdown module's rule (the first line is `---`; it ends at
    /// the next line that is `---` or `...`), adding line numbers and the unclosed case.
    static func split(_ bytes: [UInt8]) throws(Failure) -> Split {
        guard bytes.starts(with: "---".utf8) else { return Split() }
        let text = String(decoding: bytes, as: UTF8.self)
        let (yaml, body) = Markdown.FrontMatter.split(text)
        guard let yaml else {
            let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }.dropFirst(3)
            if firstLine.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                throw Failure(line: 1, reason: "front matter starts with '---' on line 1 but has no closing '---' line")
            }
            return Split()
        }
        let yamlLines = yaml.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return Split(
            yaml: yaml, yamlLine: 2, bodyStart: text.utf8.distance(from: text.startIndex, to: body.startIndex),
            bodyLine: 2 + yamlLines + 1)
    }

    /// No front matter.
    init() {}

    /// Parses front matter YAML whose first line is line `firstLine` of the file.
    init(yaml yamlText: String, firstLine: Int) throws(Failure) {
        lineOffset = firstLine - 1
        let root: FrontMatterNode
        if let simple = FrontMatterNode.simple(yamlText) {
            root = simple
        } else if let composed = try Self.compose(yamlText, firstLine: firstLine) {
            root = composed
        } else {
            return
        }
        if root.isNull { return }
        guard let mapping = root.mapping else {
            throw Failure(
                line: Self.line(root, firstLine) ?? firstLine,
                reason: "front matter must be a set of 'key: value' lines, not a single value or a list")
        }
        for (key, keyLine, value) in mapping {
            guard let key else { continue }
            let line = keyLine.map { $0 + firstLine - 1 } ?? firstLine
            lines.keys[key] = line
            switch key {
            case "id": id = text(value, key: key)
            case "title": title = text(value, key: key)
            case "summary": summary = text(value, key: key)
            case "description": description = text(value, key: key)
            case "category": category = text(value, key: key)
            case "audience": audience = text(value, key: key)
            case "updated": updated = text(value, key: key)
            case "aliases": aliases = list(value, key: key, splittingCommas: false)
            case "related": related = list(value, key: key, splittingCommas: true)
            case "contexts": contexts = list(value, key: key, splittingCommas: true)
            case "errors": errors = items(value, key: key, firstLine: firstLine, read: Self.errorMessage)
            case "causes": causes = items(value, key: key, firstLine: firstLine, read: Self.cause)
            default: break
            }
        }
    }

    /// The YAML composed by Yams.
    static func compose(_ yamlText: String, firstLine: Int) throws(Failure) -> FrontMatterNode? {
        do {
            // No tag regexes (values are read as text); explicit UTF-8 (the default reads the environment each time).
            return try Yams.compose(yaml: yamlText, .basic, .default, .utf8).map(FrontMatterNode.init)
        } catch let error as YamlError {
            throw Self.failure(from: error, firstLine: firstLine)
        } catch {
            throw Failure(line: firstLine, reason: "malformed front matter: \(error)")
        }
    }

    // MARK: Values

    private static func line(_ node: FrontMatterNode, _ firstLine: Int) -> Int? {
        node.line.map { $0 + firstLine - 1 }
    }

    /// A scalar as text; a list of scalars is joined with spaces (with a warning).
    private mutating func text(_ node: FrontMatterNode, key: String) -> String? {
        if node.isNull { return nil }
        if let scalar = node.scalar {
            let value = scalar.trimmingWhitespace()
            return value.isEmpty ? nil : value
        }
        if let sequence = node.sequence, sequence.allSatisfy({ $0.scalar != nil }) {
            let value = sequence.compactMap(\.scalar).joined(separator: " ").trimmingWhitespace()
            return value.isEmpty ? nil : value
        }
        warn(at: key, "'\(key)' should be text; ignored")
        return nil
    }

    /// A list of scalars; a single scalar is a one-item list (split at commas when `splittingCommas`).
    /// The items' lines are kept under `linesKey` (default: `key`), unless that key has lines already.
    private mutating func list(_ node: FrontMatterNode, key: String, splittingCommas: Bool, linesKey: String? = nil) -> [String] {
        if node.isNull { return [] }
        if let scalar = node.scalar {
            let parts = splittingCommas ? scalar.split(separator: ",").map(String.init) : [scalar]
            return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        guard let sequence = node.sequence else {
            warn(at: key, "'\(key)' should be a list; ignored")
            return []
        }
        var values: [String] = []
        var itemLines: [Int] = []
        for item in sequence {
            if let scalar = item.scalar {
                let value = scalar.trimmingWhitespace()
                if !value.isEmpty {
                    values.append(value)
                    itemLines.append(item.line.map { $0 + lineOffset } ?? lines.keys[key] ?? 1)
                }
            } else {
                warn(at: key, "an item of '\(key)' is not text; ignored")
            }
        }
        if lines.items[linesKey ?? key] == nil { lines.items[linesKey ?? key] = itemLines }
        return values
    }

    /// A list of mappings read by `read`; records each item's line.
    private mutating func items<Item>(
        _ node: FrontMatterNode, key: String, firstLine: Int, read: (inout ArticleFrontMatter, [String: FrontMatterNode], Int) -> Item?
    ) -> [Item] {
        if node.isNull { return [] }
        guard let sequence = node.sequence else {
            warn(at: key, "'\(key)' should be a list of entries; ignored")
            return []
        }
        var result: [Item] = []
        var itemLines: [Int] = []
        for item in sequence {
            let line = Self.line(item, firstLine) ?? lines.keys[key] ?? firstLine
            guard let mapping = item.mapping else {
                warnings.append((line, "an entry of '\(key)' should be a set of 'key: value' lines; ignored"))
                continue
            }
            if let value = read(&self, Self.fields(of: mapping), line) {
                result.append(value)
                itemLines.append(line)
            }
        }
        lines.items[key] = itemLines
        return result
    }

    private mutating func warn(at key: String, _ message: String) {
        warnings.append((lines.keys[key] ?? 1, message))
    }

    private static func errorMessage(_ frontMatter: inout ArticleFrontMatter, _ mapping: [String: FrontMatterNode], line: Int) -> ErrorMessage? {
        guard let id = mapping["id"].flatMap({ frontMatter.text($0, key: "errors") }) else {
            frontMatter.warnings.append((line, "an entry of 'errors' has no 'id'; ignored"))
            return nil
        }
        let message = mapping["message"].flatMap { frontMatter.text($0, key: "errors") } ?? ""
        let variants = mapping["variants"].map { frontMatter.list($0, key: "errors", splittingCommas: false) } ?? []
        return ErrorMessage(id: id, message: message, variants: variants)
    }

    private static func cause(_ frontMatter: inout ArticleFrontMatter, _ mapping: [String: FrontMatterNode], line: Int) -> CauseDefinition? {
        func text(_ key: String) -> String? { mapping[key].flatMap { frontMatter.text($0, key: "causes") } }
        func list(_ key: String) -> [String] {
            mapping[key].map { frontMatter.list($0, key: "causes", splittingCommas: false) } ?? []
        }
        guard let id = text("id") else {
            frontMatter.warnings.append((line, "an entry of 'causes' has no 'id'; ignored"))
            return nil
        }
        let isDefault = text("default").map { ["true", "yes", "on"].contains($0.lowercased()) } ?? false
        // Each `when:` line's own line, so that a condition the Diagnoser cannot read is reported where it is.
        let when = mapping["when"].map {
            frontMatter.list($0, key: "causes", splittingCommas: false, linesKey: FieldLines.conditionsKey(cause: id))
        } ?? []
        return CauseDefinition(
            id: id, anchor: text("anchor") ?? "", errors: list("errors"), isDefault: isDefault,
            when: when, phrases: list("phrases"), explanation: text("explanation") ?? "",
            steps: list("steps"), reply: text("reply") ?? "", office: list("office"))
    }

    /// The entries of a mapping by key (first wins).
    private static func fields(of mapping: [(key: String?, keyLine: Int?, value: FrontMatterNode)]) -> [String: FrontMatterNode] {
        var fields: [String: FrontMatterNode] = [:]
        for (key, _, value) in mapping {
            if let key, fields[key] == nil { fields[key] = value }
        }
        return fields
    }

    // MARK: Failures

    private static func failure(from error: YamlError, firstLine: Int) -> Failure {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Failure {
            var reason = "malformed front matter: \(problem)"
            if let context { reason += " (\(context.text) on line \(context.mark.line + firstLine - 1))" }
            return Failure(line: mark.line + firstLine - 1, reason: reason)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            return at(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Failure(
                line: context.mark.line + firstLine - 1,
                reason: "malformed front matter: duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return Failure(line: firstLine, reason: "malformed front matter: \(problem)")
        default:
            return Failure(line: firstLine, reason: "malformed front matter: \(error)")
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        // Most strings start and end with a visible ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
