import Synchronization
import Foundation

#if canImport(Glibc)
import Glibc
#endif

@testable import kbserve

/// A TCP forwarder on loopback (`127.0.0.1:port` → `127.0.0.1:targetPort`) that a test can
/// stop, closing every connection as a server that goes down would, and start again on the
/// same port: a database outage and its end, without stopping the database.
final class TCPForwarder: @unchecked Sendable {
    let port: Int
    let targetPort: Int
    private let lock = NSLock()
    private var listener: Int32 = -1
    private var open: Set<Int32> = []

    init(targetPort: Int) throws {
        self.targetPort = targetPort
        port = try ServerProcess.freePort()
        try start()
    }

    deinit { stop() }

    /// Listens again (after `stop`) on the same port.
    func start() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard bound, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerProcess.Failure(message: "cannot listen on \(port)")
        }
        lock.withLock { listener = fd }
        Thread.detachNewThread { [self] in acceptLoop(fd) }
    }

    /// Stops listening and closes every forwarded connection. Under the lock, as the pumps
    /// close their sockets: a descriptor shut down here is still the connection's, never a
    /// number the system has given to something else since.
    func stop() {
        lock.withLock {
            if listener >= 0 {
                shutdown(listener, Int32(SHUT_RDWR))
                close(listener)
            }
            for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
            listener = -1
            open = []
        }
    }

    private func acceptLoop(_ fd: Int32) {
        // Once stopped, the listener's number is not asked again (the system may have reused it).
        while lock.withLock({ listener == fd }) {
            let client = accept(fd, nil, nil)
            guard client >= 0 else { return }
            let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(targetPort)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            let accepted = lock.withLock { () -> Bool in
                guard listener == fd, connected else { return false }
                open.formUnion([client, upstream])
                return true
            }
            guard accepted else {
                close(client)
                close(upstream)
                continue
            }
            let done = Mutex(0)
            for (from, to) in [(client, upstream), (upstream, client)] {
                Thread.detachNewThread { [self] in
                    pump(from, to)
                    shutdown(from, Int32(SHUT_RDWR))
                    shutdown(to, Int32(SHUT_RDWR))
                    // The second pump to finish closes both sockets.
                    if done.withLock({ $0 += 1; return $0 }) == 2 {
                        lock.withLock {
                            open.subtract([client, upstream])
                            close(client)
                            close(upstream)
                        }
                    }
                }
            }
        }
    }

    private func pump(_ from: Int32, _ to: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = read(from, &buffer, buffer.count)
            guard count > 0 else { return }
            var sent = 0
            while sent < count {
                // MSG_NOSIGNAL: a peer that closed must not raise SIGPIPE in the test process.
                let written = buffer.withUnsafeBytes { send(to, $0.baseAddress! + sent, count - sent, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { return }
                sent += written
            }
        }
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return address
    }
}
