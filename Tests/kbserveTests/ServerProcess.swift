import Synchronization
import Foundation
import TestSupport

@testable import kbserve

/// The built `kbserve` binary running `serve` in a child process, for what only a real
/// process shows (its file limit, signals). Stopped (SIGTERM, then waited for) by `stop()`.
final class ServerProcess: @unchecked Sendable {
    let port: Int
    let process = Process()
    let output = Pipe()
    private let collected = Mutex(Data())

    /// The binary beside the test bundle (`.build/<configuration>/kbserve`).
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("kbserve")
    }

    /// Starts `kbserve serve` on a free port under `sh -c "ulimit -n FILES; exec …"`, and
    /// waits until `/healthz` answers.
    init(arguments: [String], fileLimit: Int? = nil, environment: [String: String] = [:]) throws {
        port = try Self.freePort()
        var command = ([Self.binary.path, "serve", "--content", RepoPaths.content.path, "--port", String(port)] + arguments)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        command = "exec " + command
        if let fileLimit { command = "ulimit -n \(fileLimit) && " + command }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            self.collected.withLock { $0.append(data) }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if !process.isRunning { throw Failure(message: "kbserve exited: \(text)") }
            if let socket = try? RawSocket(port: port, timeout: 2), (try? socket.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")) != nil,
                socket.readResponse().hasPrefix("HTTP/1.1 200")
            {
                return
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        stop()
        throw Failure(message: "kbserve did not answer within 60 s: \(text)")
    }

    /// What the server printed so far (its log).
    var text: String { collected.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Sends SIGTERM and waits for the process to end.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        output.fileHandleForReading.readabilityHandler = nil
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        collected.withLock { $0.append(rest) }
    }

    /// A GET over a new connection: the response's text, nil when none came in `timeout`.
    func get(_ path: String, timeout: Double = 5) -> String? {
        guard let socket = try? RawSocket(port: port, timeout: timeout),
            (try? socket.send("GET \(path) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")) != nil
        else { return nil }
        let response = socket.readResponse()
        return response.isEmpty ? nil : response
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
