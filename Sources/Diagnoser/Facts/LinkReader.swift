import Foundation

/// Link facts: cut short (no scheme, no host, a dangling end, or a portal path without the long
/// token a registration link carries) and rewritten by a mail scanner (Safe Links, urldefense,
/// Mimecast, Barracuda, …).
struct LinkReader: ValueReader {
    static let key = "link"

    /// Hosts (or host suffixes) of mail scanners that wrap links.
    static let scannerHosts = [
        "safelinks.protection.outlook.com", "urldefense.com", "urldefense.proofpoint.com", "urldefense.us",
        "mimecast.com", "mimecastprotect.com", "cudasvc.com", "barracudanetworks.com", "secure-web.cisco.com",
        "clicktime.symantec.com", "emailprotection.link", "scanner.topsec.com", "trendmicro.com", "sophos.com",
        "fireeyecloud.com", "egress.com", "linkprotect.cudasvc.com",
    ]
    /// The shortest token a complete link carries in its query or last path segment.
    static let minimumTokenLength = 12

    func read(_ value: String, into facts: inout Facts) {
        let trimmed = value.trimmedForReading
        facts.set("link.present", !trimmed.isEmpty)
        let text = String(trimmed.prefix(4096))
        let lower = text.lowercased()
        let rewritten = Self.scannerHosts.contains { lower.contains($0) } || lower.contains("urldefense")
        facts.set("link.rewritten", rewritten)
        facts.set("link.truncated", !rewritten && Self.looksCutShort(text))
    }

    static func looksCutShort(_ text: String) -> Bool {
        if text.utf8.count < 10 { return true }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return true }
        guard let components = URLComponents(string: text), let host = components.host, host.contains(".") else { return true }
        if let last = text.last, "=&?%-_.".contains(last) { return true }
        let queryTokens = (components.queryItems ?? []).compactMap(\.value)
        if queryTokens.contains(where: { $0.count >= minimumTokenLength }) { return false }
        let segments = components.path.split(separator: "/")
        if segments.contains(where: { $0.count >= minimumTokenLength && $0.contains(where: \.isNumber) }) { return false }
        if segments.contains(where: { $0.count >= 20 }) { return false }
        return true
    }
}
