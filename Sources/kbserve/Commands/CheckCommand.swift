import ArgumentParser
import KnowledgeBase

/// `kbserve check`: lints the content folder and fails when it has errors.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content: unreadable or malformed files, duplicate ids, missing titles, "
            + "unknown categories, related ids, links and anchors that point nowhere.")

    @OptionGroup var options: ContentOptions

    func run() async throws {
        let result = try ContentLoader(directory: options.contentURL).load()
        let problems = ContentChecker().check(result)
        let prefix = options.content.hasSuffix("/") ? options.content : options.content + "/"
        for problem in problems {
            print("\(prefix)\(problem.file):\(problem.line ?? 1): \(problem.severity.rawValue): \(problem.message)")
        }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        print(
            "\(result.report.loaded) articles loaded, \(result.report.skipped) files skipped; "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
        if errors > 0 { throw ExitCode.failure }
    }
}
