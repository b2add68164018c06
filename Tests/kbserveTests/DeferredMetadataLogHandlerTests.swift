import Logging
import Synchronization
import Testing
@testable import kbserve

@Suite struct DeferredMetadataLogHandlerTests {
    /// A stream that keeps what is written to it.
    final class Written: TextOutputStream, Sendable {
        private let text = Mutex("")
        var lines: [Substring] { text.withLock { $0 }.split(separator: "\n") }
        func write(_ string: String) { text.withLock { $0 += string } }
    }

    /// A metadata value that counts how often it is written out.
    final class Counted: CustomStringConvertible, Sendable {
        private let count = Mutex(0)
        var renderings: Int { count.withLock { $0 } }
        var description: String {
            count.withLock { $0 += 1 }
            return "10.0.0.7"
        }
    }

    /// The line without its timestamp (the first field), which differs from logger to logger.
    func withoutTimestamp(_ line: Substring) -> Substring { line.drop { $0 != " " } }

    @Test func writesTheLinesStreamLogHandlerWrites() {
        let deferred = Written(), stream = Written()
        var loggers = [
            Logger(label: "kbserve") { DeferredMetadataLogHandler(label: $0, stream: deferred) },
            Logger(label: "kbserve") { StreamLogHandler(label: $0, stream: stream) },
        ]
        for index in loggers.indices {
            loggers[index][metadataKey: "hb.request.id"] = "42"
            loggers[index][metadataKey: "client.address"] = "10.0.0.7"
            loggers[index].info("Request", metadata: ["http.status": "200", "client.address": "10.0.0.8"])
            loggers[index].warning("No metadata of its own")
            loggers[index].debug("Below the level")
        }
        #expect(deferred.lines.count == 2)
        #expect(deferred.lines.map(withoutTimestamp) == stream.lines.map(withoutTimestamp))
        #expect(deferred.lines.first?.contains("client.address=10.0.0.8") == true, "the line's own value wins")
    }

    @Test func metadataIsWrittenOutOnlyWithALine() {
        let written = Written(), address = Counted()
        var logger = Logger(label: "kbserve") { DeferredMetadataLogHandler(label: $0, stream: written) }
        logger.logLevel = .info
        logger[metadataKey: "client.address"] = .stringConvertible(address)
        logger[metadataKey: "hb.request.id"] = "42"
        logger.debug("Below the level")
        #expect(address.renderings == 0)
        logger.info("Request")
        #expect(address.renderings == 1)
        #expect(written.lines.count == 1 && written.lines[0].contains("client.address=10.0.0.7"))
    }
}
