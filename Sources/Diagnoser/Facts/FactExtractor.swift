/// Runs every value reader over the typed values and the context, producing the facts that
/// conditions are evaluated against. Values stay in memory; only facts come out.
struct FactExtractor: Sendable {
    static let readers: [any ValueReader] = [
        SecurityCodeReader(), PINReader(), DateOfBirthReader(), PhoneReader(), EmailReader(),
        UsernameReader(), PasswordReader(), LinkReader(),
    ]
    /// The value keys the readers understand, in the contract's spelling.
    static let valueKeys: [String] = readers.map { type(of: $0).key }

    func facts(values: [String: String], context: DiagnosisContext, fromMessage: Set<String> = []) -> Facts {
        var facts = Facts()
        for reader in Self.readers {
            let key = type(of: reader).key
            if let value = values[key] {
                reader.read(value, into: &facts)
                if fromMessage.contains(key) { facts.markFromMessage(key) }
            } else {
                facts.set(FactCatalog.presenceFact(key), false)
            }
        }
        UserAgentReader().read(context.userAgent, into: &facts)
        TimeZoneReader().read(device: context.deviceTimeZone, practice: context.practiceTimeZone, into: &facts)
        let flow = context.flow.map(Self.normalizedFlow) ?? ""
        facts.set("flow", word: flow.isEmpty ? "none" : String(flow.prefix(40)))
        facts.set("codesRequested", context.codesRequested ?? 0)
        facts.set("invitationsSent", context.invitationsSent ?? 0)
        facts.set("resetRequests", context.resetRequests ?? 0)
        return facts
    }

    /// "Password reset", "password_reset" -> "password-reset".
    static func normalizedFlow(_ flow: String) -> String {
        String(flow.trimmedForReading.prefix(40)).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
    }
}

