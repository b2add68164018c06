import Hummingbird

/// What `buildRouter` wires into the controllers: the content, the stores, the views and the
/// settings. Built once by `buildApplication`, or by tests with in-memory stores. Each
/// controller is given only the parts it uses.
struct ServerComponents: Sendable {
    let content: ContentStore
    let feedback: any FeedbackStore
    let searchLog: any SearchLogStore
    /// Signed-out dashboard sessions (in memory unless a database store is given).
    let sessions: any SessionRevocationStore
    let views: PageRenderer
    let assets: Assets
    let configuration: ServerConfiguration
    /// Whether the database works (nil: stores that cannot fail, as in tests).
    let storage: (any StorageStatus)?
    /// Entries in the API's cache of encoded search responses (0 turns it off).
    var searchCacheSize = ContentSnapshot.defaultSearchCacheSize
    let redactor = Redactor()
    /// Shared by every search, diagnosis and comment: it counts the clients that used each unknown word.
    let unknownWords: UnknownWordGate

    init(
        content: ContentStore, feedback: any FeedbackStore, searchLog: any SearchLogStore, views: PageRenderer,
        assets: Assets, configuration: ServerConfiguration, storage: (any StorageStatus)? = nil,
        sessions: any SessionRevocationStore = InMemorySessionRevocationStore()
    ) {
        self.content = content
        self.feedback = feedback
        self.searchLog = searchLog
        self.sessions = sessions
        self.views = views
        self.assets = assets
        self.configuration = configuration
        self.storage = storage
        unknownWords = UnknownWordGate(threshold: configuration.unknownWordThreshold)
    }

    var searcher: RecordingSearcher { RecordingSearcher(content: content, searchLog: searchLog, redactor: redactor, unknownWords: unknownWords) }
    var diagnoser: RecordingDiagnoser { RecordingDiagnoser(content: content, searcher: searcher, redactor: redactor) }
    var feedbackRecorder: FeedbackRecorder {
        FeedbackRecorder(
            content: content, feedback: feedback, redactor: redactor, unknownWords: unknownWords, retentionDays: configuration.retentionDays,
            maxPerDay: configuration.maxFeedbackPerDay)
    }
}
