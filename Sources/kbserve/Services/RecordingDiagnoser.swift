import Diagnoser
import KnowledgeBase

/// Diagnoses with the current content and counts each message, redacted and then cut (a
/// value across the cut must be seen whole to be redacted), its unknown words withheld
/// (`UnknownWordGate`), for insights.
struct RecordingDiagnoser: Sendable {
    let content: ContentStore
    let searcher: RecordingSearcher
    let redactor: Redactor
    var searchLog: any SearchLogStore { searcher.searchLog }

    /// The longest (redacted) message counted.
    static let maxLoggedMessageLength = 300

    /// Diagnoses with the Diagnoser of `language`'s articles a request `client` sent.
    func diagnose(_ request: DiagnosisRequest, in language: Language = .original, from client: UnknownWordGate.Client) -> Diagnosis {
        diagnoseTracked(request, in: language, tracked: false, from: client).diagnosis
    }

    /// Diagnoses as `diagnose`; with `tracked` (the troubleshooter page), a message is also
    /// recorded as a search whose results are the causes, and its id returned for their links.
    func diagnoseTracked(_ request: DiagnosisRequest, in language: Language = .original, tracked: Bool = true, from client: UnknownWordGate.Client)
        -> (diagnosis: Diagnosis, searchID: SearchID?)
    {
        let snapshot = content.current
        let edition = snapshot.edition(language)
        let diagnosis = edition.diagnoser.diagnose(request)
        guard let message = request.message, !message.isEmpty else { return (diagnosis, nil) }
        let redacted = Redactor.cut(redactor.redact(message), to: Self.maxLoggedMessageLength)
        let (text, words) = searcher.unknownWords.kept(snapshot.loggedText(redacted, in: language), from: client)
        searchLog.record(SearchLogEntry(kind: .diagnose, text: text, resultCount: diagnosis.causes.count, language: language))
        guard tracked else { return (diagnosis, nil) }
        let searchID = searcher.recordEvent(
            source: .troubleshoot, language: language, text: text, words: words, resultCount: diagnosis.causes.count, top: diagnosis.causes.first?.id
        )
        return (diagnosis, searchID)
    }
}
