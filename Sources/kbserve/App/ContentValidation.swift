import Diagnoser
import Foundation
import KnowledgeBase
import Logging

/// The one definition of valid content, used by `kbserve check`, start-up and every reload:
/// a content folder loaded, with every problem found on the way, each with file and line —
/// the loader's (unreadable files, malformed front matter), the synonym file's, the checker's
/// (ids, categories, links, anchors, audiences) and the Diagnoser's (`when:` lines it cannot
/// read, which would never hold). Content with errors fails `check` and is refused by a
/// reload; at start-up it is served with its problems logged.
struct ContentValidation: Sendable {
    /// The content as loaded, ready to serve.
    let knowledgeBase: KnowledgeBase
    let diagnoser: Diagnoser
    /// Every problem, sorted by file and line.
    let problems: [ContentProblem]

    var errors: [ContentProblem] { problems.filter { $0.severity == .error } }
    var warnings: [ContentProblem] { problems.filter { $0.severity == .warning } }

    /// Loads and validates `directory`; `logger` goes to the Diagnoser (ids and confidences of
    /// what it diagnoses). Throws only when the folder is missing.
    init(directory: URL, allowedImageHosts: Set<String> = [], logger: Logger? = nil) throws {
        var loader = ContentLoader(directory: directory)
        loader.allowedImageHosts = allowedImageHosts
        let loaded = try loader.load()
        knowledgeBase = KnowledgeBase(loaded: loaded, synonymsIn: directory)
        diagnoser = Diagnoser(knowledgeBase: knowledgeBase, logger: logger)
        let conditionProblems = diagnoser.problems.map { problem in
            let lines = loaded.fieldLines[problem.file] ?? FieldLines()
            return ContentProblem(
                file: problem.file,
                line: lines.line(ofCondition: problem.conditionIndex, cause: problem.cause, causeIndex: problem.causeIndex) ?? 1,
                message: problem.message, severity: .error)
        }
        problems = ContentChecker().check(
            loaded.articles, loadProblems: knowledgeBase.report.problems + conditionProblems, fieldLines: loaded.fieldLines)
    }
}
