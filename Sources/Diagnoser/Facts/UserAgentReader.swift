/// User agent facts: Internet Explorer (MSIE or Trident).
struct UserAgentReader: Sendable {
    func read(_ userAgent: String?, into facts: inout Facts) {
        let isIE = userAgent.map { $0.contains("MSIE") || $0.contains("Trident/") } ?? false
        facts.set("userAgent.internetExplorer", isIE)
    }
}
