import Yams

/// A YAML node as `ArticleFrontMatter` reads it: what Yams composes, or what the simple reader
/// (`FrontMatterNode+Simple.swift`) gives for the flat front matter most files have. Lines are
/// 1-based lines of the YAML text.
indirect enum FrontMatterNode {
    case scalar(String, isPlain: Bool, line: Int?)
    case sequence([FrontMatterNode], line: Int?)
    /// Entries in order; a key is `nil` when it is not text.
    case mapping([(key: String?, keyLine: Int?, value: FrontMatterNode)], line: Int?)

    /// YAML's null: an empty or `~`/`null` plain scalar (as Yams' `Node.null`).
    var isNull: Bool {
        guard case let .scalar(text, isPlain, _) = self, isPlain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    var scalar: String? {
        if case let .scalar(text, _, _) = self { return text }
        return nil
    }

    var sequence: [FrontMatterNode]? {
        if case let .sequence(items, _) = self { return items }
        return nil
    }

    var mapping: [(key: String?, keyLine: Int?, value: FrontMatterNode)]? {
        if case let .mapping(entries, _) = self { return entries }
        return nil
    }

    var line: Int? {
        switch self {
        case let .scalar(_, _, line), let .sequence(_, line), let .mapping(_, line): return line
        }
    }
}

extension FrontMatterNode {
    /// The node Yams composed.
    init(_ node: Yams.Node) {
        switch node {
        case let .scalar(scalar):
            self = .scalar(scalar.string, isPlain: scalar.style == .plain, line: scalar.mark?.line)
        case let .sequence(sequence):
            self = .sequence(sequence.map(FrontMatterNode.init), line: sequence.mark?.line)
        case let .mapping(mapping):
            self = .mapping(
                mapping.map { (key: $0.key.string, keyLine: $0.key.mark?.line, value: FrontMatterNode($0.value)) },
                line: mapping.mark?.line)
        case let .alias(alias):
            // Never composed (aliases are resolved); read as nothing.
            self = .scalar("", isPlain: true, line: alias.mark?.line)
        }
    }
}
