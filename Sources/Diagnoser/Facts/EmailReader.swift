import KnowledgeBase
/// E-mail facts: whether it looks like an address, and whether its domain is a misspelling of a
/// common provider (`gmial.com`, `yaho.com`, `hotmial.com`) or has a mistyped ending (`.con`).
/// `email.suggestedDomain` names the provider it most likely meant (a provider, never the typed domain).
struct EmailReader: ValueReader {
    static let key = "email"

    /// Common providers a misspelling is measured against.
    static let providers = [
        "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
        "msn.com", "live.com", "verizon.net", "sbcglobal.net", "att.net", "bellsouth.net", "charter.net",
        "protonmail.com", "ymail.com", "cox.net", "earthlink.net", "googlemail.com",
    ]
    /// Real domains that sit close to a provider and must not count as typos.
    static let knownGood: Set<String> = Set([
        "mail.com", "email.com", "gmx.com", "gmx.net", "me.com", "mac.com", "aim.com", "live.net",
        "yahoo.co.uk", "hotmail.co.uk", "proton.me", "pm.me", "outlook.fr", "att.com", "msn.net",
        "gmail.co.uk", "rocketmail.com", "hotmail.ca", "yahoo.ca",
    ]).union(providers)
    /// Provider names whose other country endings are real (`hotmail.fr`).
    static let providerNames: Set<String> = ["gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "live", "msn", "ymail"]
    /// Mistyped endings of `.com` and `.net`.
    static let typoEndings: Set<String> = ["con", "cmo", "ocm", "vom", "xom", "comm", "cpm", "coom", "cim", "c0m", "om", "cm", "nte", "ner", "nett", "met"]

    func read(_ value: String, into facts: inout Facts) {
        let trimmed = value.trimmedForReading
        facts.set("email.present", !trimmed.isEmpty)
        facts.set("email.wellFormed", Self.looksLikeAddress(trimmed))
        let suggestion = Self.suggestedDomain(for: trimmed)
        facts.set("email.domainTypo", suggestion != nil)
        if let suggestion { facts.set("email.suggestedDomain", word: suggestion) }
    }

    /// One `@` with something before it and a dotted domain after it, no spaces.
    static func looksLikeAddress(_ text: Substring) -> Bool {
        guard text.utf8.count <= 320, let at = text.firstIndex(of: "@") else { return false }
        let local = text[..<at], domain = text[text.index(after: at)...]
        return !local.isEmpty && !domain.utf8.contains(UInt8(ascii: "@")) && !text.utf8.contains(UInt8(ascii: " "))
            && domain.utf8.contains(UInt8(ascii: ".")) && domain.utf8.first != UInt8(ascii: ".") && domain.utf8.last != UInt8(ascii: ".")
    }

    /// The provider domain a misspelled domain most likely meant, or nil when it is not a typo.
    static func suggestedDomain(for address: Substring) -> String? {
        guard address.utf8.count <= 320, let at = address.lastIndex(of: "@") else { return nil }
        var domain = address[address.index(after: at)...].lowercased()
        while domain.hasSuffix(".") { domain.removeLast() }
        guard !domain.isEmpty, domain.utf8.count <= 64, !knownGood.contains(domain) else { return nil }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let ending = labels.count > 1 ? labels[labels.count - 1] : ""
        let name = labels.count > 1 ? labels.dropLast().joined(separator: ".") : domain
        if typoEndings.contains(ending) {
            let fixedEnding = ["nte", "ner", "nett", "met"].contains(ending) ? "net" : "com"
            let fixed = name + "." + fixedEnding
            return nearestProvider(to: fixed) ?? "." + fixedEnding
        }
        if providerNames.contains(name) { return nil }
        return nearestProvider(to: domain)
    }

    private static func nearestProvider(to domain: String) -> String? {
        let bytes = Array(domain.utf8)
        var best: (provider: String, distance: Int)?
        for provider in providers {
            let limit = provider.utf8.count >= 10 ? 2 : 1
            let distance = DamerauLevenshtein.distance(bytes, Array(provider.utf8), limit: limit)
            guard distance <= limit, distance > 0 else { continue }
            if let current = best, current.distance <= distance { continue }
            best = (provider, distance)
        }
        return best?.provider
    }
}
