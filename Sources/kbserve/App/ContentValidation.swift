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
    /// The content as loaded, ready to serve: the original articles.
    let knowledgeBase: KnowledgeBase
    let diagnoser: Diagnoser
    /// The translations by language (`Content/es/…`), each indexed with its language's analysis.
    let translations: [Language: KnowledgeBase]
    /// A Diagnoser over each translation (built here to read its `when:` lines; served as is).
    let translationDiagnosers: [Language: Diagnoser]
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
        var problems = ContentChecker().check(
            loaded.articles, loadProblems: knowledgeBase.report.problems + Self.conditionProblems(diagnoser, loaded), fieldLines: loaded.fieldLines)
        var translations: [Language: KnowledgeBase] = [:]
        var translationDiagnosers: [Language: Diagnoser] = [:]
        for language in Language.allCases {
            guard let folder = language.contentFolder else { continue }
            let translationDirectory = directory.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: translationDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            var translationLoader = ContentLoader(directory: translationDirectory)
            translationLoader.allowedImageHosts = allowedImageHosts
            translationLoader.skippedRootFolders = []
            let translated = try translationLoader.load()
            let translation = KnowledgeBase(loaded: translated, synonymsIn: translationDirectory, language: language)
            let translationDiagnoser = Diagnoser(knowledgeBase: translation, logger: logger)
            let found = ContentChecker().check(
                translated.articles, loadProblems: translation.report.problems + Self.conditionProblems(translationDiagnoser, translated),
                fieldLines: translated.fieldLines, originals: loaded.articles
            ) + TranslationChecker().check(translated.articles, originals: loaded.articles, fieldLines: translated.fieldLines)
            // Files are named from the content folder, as everywhere else.
            problems += found.map { problem in
                var problem = problem
                if !problem.file.hasPrefix(folder + "/") { problem.file = folder + "/" + problem.file }
                return problem
            }
            translations[language] = translation
            translationDiagnosers[language] = translationDiagnoser
        }
        self.translations = translations
        self.translationDiagnosers = translationDiagnosers
        self.problems = problems.sorted(by: ContentProblem.sourceOrder)
    }

    /// The Diagnoser's `when:` lines it cannot read, at their file and line.
    private static func conditionProblems(_ diagnoser: Diagnoser, _ loaded: ContentLoader.Result) -> [ContentProblem] {
        diagnoser.problems.map { problem in
            let lines = loaded.fieldLines[problem.file] ?? FieldLines()
            return ContentProblem(
                file: problem.file,
                line: lines.line(ofCondition: problem.conditionIndex, cause: problem.cause, causeIndex: problem.causeIndex) ?? 1,
                message: problem.message, severity: .error)
        }
    }
}
