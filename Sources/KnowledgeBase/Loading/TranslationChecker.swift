/// Checks a language's translations against the original articles: every translation has
/// an original with the same id and audience, and the same causes, each with the same
/// anchor, errors, conditions and default, every section anchor of the original, and the same
/// `contexts` (app routes), so that the registration app's links (`kbHelp('open', {article,
/// anchor})`) and the Diagnoser's answers mean the same in every language. A translation whose `updated` date
/// is older than its original's is a warning: the original changed since.
public struct TranslationChecker: Sendable {
    public init() {}

    /// The problems of `translations`; files are named as the translations' `sourcePath`s.
    public func check(_ translations: [Article], originals: [Article], fieldLines: [String: FieldLines] = [:]) -> [ContentProblem] {
        var originalByID: [ArticleID: Article] = [:]
        for original in originals where originalByID[original.id] == nil { originalByID[original.id] = original }
        var problems: [ContentProblem] = []
        for translation in translations {
            let lines = fieldLines[translation.sourcePath] ?? FieldLines()
            func report(_ line: Int?, _ message: String, _ severity: ContentProblem.Severity = .error) {
                problems.append(ContentProblem(file: translation.sourcePath, line: line ?? 1, message: message, severity: severity))
            }
            guard let original = originalByID[translation.id] else {
                report(lines.line(of: "id"), "translation of '\(translation.id)', which has no original")
                continue
            }
            if translation.audience != original.audience {
                report(lines.line(of: "audience"), "audience '\(translation.audience.rawValue)' differs from the original's '\(original.audience.rawValue)'")
            }
            let translatedCauses = Dictionary(translation.causes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for cause in original.causes {
                guard let translated = translatedCauses[cause.id] else {
                    report(lines.line(of: "causes"), "cause '\(cause.id)' of the original is missing")
                    continue
                }
                let line = lines.line(of: "causes", item: translation.causes.firstIndex { $0.id == cause.id } ?? 0)
                if translated.anchor != cause.anchor {
                    report(line, "cause '\(cause.id)': anchor '\(translated.anchor)' differs from the original's '\(cause.anchor)'")
                }
                if translated.errors != cause.errors || translated.when != cause.when || translated.isDefault != cause.isDefault {
                    report(line, "cause '\(cause.id)': its errors, conditions or default differ from the original's")
                }
            }
            let originalCauseIDs = Set(original.causes.map(\.id))
            let originalCauseAnchors = Set(original.causes.map(\.anchor))
            for (index, cause) in translation.causes.enumerated() where !originalCauseIDs.contains(cause.id) {
                report(lines.line(of: "causes", item: index), "cause '\(cause.id)' is not in the original")
            }
            // A cause's anchor is reported with its cause above.
            let translatedAnchors = Set(translation.sections.map(\.anchor))
            for section in original.sections
            where !section.anchor.isEmpty && !translatedAnchors.contains(section.anchor) && !originalCauseAnchors.contains(section.anchor) {
                report(nil, "section '#\(section.anchor)' of the original is missing: the app's links to it would open this translation at its top")
            }
            if Set(translation.errors.map(\.id)) != Set(original.errors.map(\.id)) {
                report(lines.line(of: "errors"), "its error ids differ from the original's")
            }
            if translation.contexts != original.contexts {
                report(lines.line(of: "contexts"), "its contexts (app routes) differ from the original's: routes are not translated")
            }
            if let updated = translation.updated, let originalUpdated = original.updated, updated < originalUpdated {
                report(lines.line(of: "updated"), "updated \(updated), before the original (\(originalUpdated)): the original may have changed since", .warning)
            }
        }
        return problems
    }
}
