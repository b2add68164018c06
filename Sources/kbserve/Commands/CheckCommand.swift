import ArgumentParser
import KnowledgeBase

/// `kbserve check`: validates the content folder as the server does before serving it, and
/// fails when it has errors.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content: unreadable or malformed files, duplicate ids, missing titles, "
            + "unknown categories, related ids, links and anchors that point nowhere, bad synonym lines, "
            + "and Diagnoser conditions (when: lines) that cannot be read.")

    @OptionGroup var options: ContentOptions

    func run() async throws {
        let content = try ContentValidation(directory: options.contentURL)
        for line in Self.report(content, folder: options.content) { print(line) }
        if !content.errors.isEmpty { throw ExitCode.failure }
    }

    /// One `folder/file:line: severity: message` line per problem, then the counts.
    static func report(_ content: ContentValidation, folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let errors = content.errors.count
        let warnings = content.warnings.count
        let report = content.knowledgeBase.report
        return content.problems.map { "\(prefix)\($0.file):\($0.line ?? 1): \($0.severity.rawValue): \($0.message)" } + [
            "\(report.loaded) articles loaded, \(report.skipped) files skipped; "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
        ]
    }
}
