import Logging

/// swift-log's `StreamLogHandler` lines, with the logger's own metadata written out only when
/// a line is. `StreamLogHandler` renders all of its metadata each time a key is set, and every
/// request sets two (`hb.request.id`, `client.address`) whether it logs a line or not.
struct DeferredMetadataLogHandler: LogHandler {
    private var lines: StreamLogHandler
    var metadata: Logger.Metadata = [:]

    /// Lines on standard error, as swift-log's default handler writes them.
    init(label: String) {
        lines = StreamLogHandler.standardError(label: label)
    }

    /// Lines on `stream` (tests).
    init(label: String, stream: any TextOutputStream & Sendable) {
        lines = StreamLogHandler(label: label, stream: stream)
    }

    var logLevel: Logger.Level {
        get { lines.logLevel }
        set { lines.logLevel = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { lines.metadataProvider }
        set { lines.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        // Given with the line, the metadata is rendered with it (a line's own values win).
        event.metadata = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.log(event: event)
    }
}
