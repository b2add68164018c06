import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP socket to 127.0.0.1, for sending what an HTTP client would not
/// (half a header, malformed chunks) and for holding connections open.
final class RawSocket: @unchecked Sendable {
    let fd: Int32
    /// The errno of the last failed receive.
    var lastError: Int32 = 0

    /// Connects (blocking, with `timeout` seconds for connect, send and receive), or
    /// starts connecting without waiting when `wait` is false.
    /// The socket is `fd` only once it is connected: an initializer that throws after every
    /// property is set still runs `deinit`, whose `close` would then close the descriptor a
    /// second time, after another thread may have been given its number for a file.
    init(port: Int, timeout: Double = 5, wait: Bool = true) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(what: "socket", code: errno) }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        if !wait { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result != 0 && !(errno == EINPROGRESS && !wait) {
            let code = errno
            close(fd)
            throw Failure(what: "connect", code: code)
        }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Whether a connection started without waiting is established.
    var isConnected: Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        guard poll(&descriptor, 1, 0) == 1, descriptor.revents & Int16(POLLOUT) != 0 else { return false }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(what: "send", code: errno) }
            sent += n
        }
    }

    /// What the server sends until it closes the connection or `timeout` passes.
    /// `closed` tells which: true when the server closed it (or reset it).
    func readUntilClosed() -> (text: String, closed: Bool) {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 { data += buffer[0..<n]; continue }
            let closed = n == 0 || errno == ECONNRESET
            return (String(decoding: data, as: UTF8.self), closed)
        }
    }

    /// `readUntilClosed().closed`, read on a dispatch thread: a blocking read on Swift's
    /// cooperative pool could starve the in-process server that should answer it.
    func closedByServer() async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.readUntilClosed().closed) }
        }
    }

    /// `readResponse()`, read on a dispatch thread.
    func responseOffPool() async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.readResponse()) }
        }
    }

    /// Reads one response's head and body (by Content-Length), or what came before the timeout.
    func readResponse() -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else {
                if n < 0 { lastError = errno }
                break
            }
            data += buffer[0..<n]
            let text = String(decoding: data, as: UTF8.self)
            if let headEnd = text.range(of: "\r\n\r\n") {
                let head = text[..<headEnd.lowerBound].lowercased()
                let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if text.utf8.count - text[..<headEnd.upperBound].utf8.count >= length { return text }
            }
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct Failure: Error, CustomStringConvertible {
        var what: String
        var code: Int32
        var description: String { "\(what) failed: \(String(cString: strerror(code)))" }
    }
}
