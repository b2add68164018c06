import Foundation

/// The proxies (load balancers) whose `X-Forwarded-For` is believed, as CIDR blocks
/// (`--trusted-proxy 10.0.0.0/8`, `--trusted-proxy 127.0.0.1`, IPv4 or IPv6).
struct TrustedProxies: Sendable, Hashable {
    /// One CIDR block: the address's bytes and how many leading bits must match.
    struct Block: Sendable, Hashable, CustomStringConvertible {
        var bytes: [UInt8]
        var prefixLength: Int

        /// Parses `10.0.0.0/8`, `::1/128` or a bare address (the whole address must match).
        init(parsing text: String) throws {
            let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2, let bytes = TrustedProxies.bytes(of: String(parts[0])) else {
                throw TrustedProxyError(message: "--trusted-proxy '\(text.prefix(60))' is not an IP address or CIDR block (as in 10.0.0.0/8).")
            }
            let length = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let length, (0...(bytes.count * 8)).contains(length) else {
                throw TrustedProxyError(message: "--trusted-proxy '\(text.prefix(60))' has a prefix length outside 0–\(bytes.count * 8).")
            }
            self.bytes = bytes
            self.prefixLength = length
        }

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefixLength
            for (a, b) in zip(address, bytes) where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if a & mask != b & mask { return false }
                remaining -= bits
            }
            return true
        }

        var description: String {
            let address = bytes.count == 4 ? bytes.map(String.init).joined(separator: ".") : TrustedProxies.ipv6Text(bytes)
            return "\(address)/\(prefixLength)"
        }
    }

    var blocks: [Block] = []

    init(blocks: [Block] = []) {
        self.blocks = blocks
    }

    /// Parses each of `cidrs`; throws `TrustedProxyError` naming the first that is not a block.
    init(parsing cidrs: [String]) throws {
        blocks = try cidrs.map(Block.init(parsing:))
    }

    var isEmpty: Bool { blocks.isEmpty }

    /// Whether `address` (text) lies in a trusted block.
    func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return blocks.contains { $0.contains(bytes) }
    }

    /// The client's address: the connection's peer, unless the peer is a trusted proxy; then
    /// `X-Forwarded-For` is read from the right (each proxy appends the address it saw), skipping
    /// trusted proxies, and the first address that is not one is the client. Entries left of it
    /// were written by the client itself and are never believed. When every entry is a trusted
    /// proxy, the leftmost is the client; an entry that is not an address ends the walk at the
    /// last address believed.
    func clientAddress(peer: String?, forwardedFor: [String]) -> String? {
        guard let peer, contains(peer), !forwardedFor.isEmpty else { return peer }
        var client = peer
        for entry in forwardedFor.reversed() {
            guard let address = Self.normalized(entry) else { break }
            client = address
            if !contains(address) { break }
        }
        return client
    }

    /// The addresses of `X-Forwarded-For` header values, left to right.
    static func forwardedAddresses(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An entry as an address: brackets and ports dropped (`[::1]:443`, `10.0.0.1:80`); nil when it is not one.
    static func normalized(_ entry: String) -> String? {
        var text = entry
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
            text = String(text[text.index(after: text.startIndex)..<end])
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            text = String(text[..<colon])
        }
        return bytes(of: text) == nil ? nil : text
    }

    /// The bytes of an IPv4 (4) or IPv6 (16) address; nil when `text` is neither.
    static func bytes(of text: String) -> [UInt8]? {
        if text.contains(":") {
            var address = in6_addr()
            guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
            return withUnsafeBytes(of: &address) { Array($0) }
        }
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    fileprivate static func ipv6Text(_ bytes: [UInt8]) -> String {
        var address = in6_addr()
        withUnsafeMutableBytes(of: &address) { $0.copyBytes(from: bytes) }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A `--trusted-proxy` value that is not a CIDR block.
struct TrustedProxyError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
