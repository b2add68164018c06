import Diagnoser
import KnowledgeBase

/// Diagnoses with the current content and counts each message, redacted and then cut (a
/// value across the cut must be seen whole to be redacted), for insights.
struct RecordingDiagnoser: Sendable {
    let content: ContentStore
    let searchLog: any SearchLogStore
    let redactor: Redactor

    /// The longest (redacted) message counted.
    static let maxLoggedMessageLength = 300

    /// Diagnoses with the Diagnoser of `language`'s articles.
    func diagnose(_ request: DiagnosisRequest, in language: Language = .original) -> Diagnosis {
        let diagnosis = content.current.edition(language).diagnoser.diagnose(request)
        if let message = request.message, !message.isEmpty {
            let redacted = Redactor.cut(redactor.redact(message), to: Self.maxLoggedMessageLength)
            searchLog.record(SearchLogEntry(kind: .diagnose, text: redacted, resultCount: diagnosis.causes.count))
        }
        return diagnosis
    }
}
