import Foundation
import Logging
import Synchronization

/// Keeps every line (level, message and metadata) a `Logger` writes, so tests can assert
/// what was logged — and what never was.
public final class LogCapture: Sendable {
    private let storage = Mutex<[String]>([])

    public init() {}

    public var lines: [String] { storage.withLock { $0 } }

    /// `lines` without the values the server makes up: the request id (hexadecimal, random per
    /// process and then counted) and the duration. A check that nothing a person typed was
    /// logged ("1985", "48213") would otherwise find it there by chance now and then.
    public var linesWithoutGeneratedValues: [String] {
        lines.map { $0.replacing(#/hb\.request\.id=[0-9a-f]+/#, with: "hb.request.id=…").replacing(#/duration\.ms=[0-9.]+/#, with: "duration.ms=…") }
    }
    public var text: String { lines.joined(separator: "\n") }
    public var count: Int { storage.withLock { $0.count } }

    public func append(_ line: String) { storage.withLock { $0.append(line) } }

    /// A logger at `trace` level whose every line lands here.
    public func logger(label: String = "test") -> Logger {
        var logger = Logger(label: label) { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    public var logger: Logger { logger() }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.append("\(event.level) \(event.message) \(fields)")
        }
    }
}
