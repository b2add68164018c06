/// Something wrong with one content file: where (file relative to the content folder,
/// 1-based line when known) and what, in words an author can act on.
public struct ContentProblem: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// The file, relative to the content folder.
    public var file: String
    /// The 1-based line in `file`, when known.
    public var line: Int?
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int? = nil, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.message = message
        self.severity = severity
    }

    /// `file:line: severity: message`, the form compilers and editors understand.
    public var description: String { "\(file):\(line.map(String.init) ?? "-"): \(severity.rawValue): \(message)" }

    /// Orders problems by file, then line (unknown lines first), then message.
    public static func sourceOrder(_ lhs: ContentProblem, _ rhs: ContentProblem) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return lhs.message < rhs.message
    }
}
