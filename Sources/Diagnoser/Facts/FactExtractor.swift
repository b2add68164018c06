/// Runs every value reader over the typed values and the context, producing the facts that
/// conditions are evaluated against. Values stay in memory; only facts come out.
struct FactExtractor: Sendable {
    static let readers: [any ValueReader] = [
        SecurityCodeReader(), PINReader(), DateOfBirthReader(), PhoneReader(), EmailReader(),
        UsernameReader(), PasswordReader(), LinkReader(),
    ]
    /// The value keys the readers understand, in the contract's spelling.
    static let valueKeys: [String] = readers.map { type(of: $0).key }
    /// Per reader, the slot of its `<key>.present` fact, looked up once.
    private static let presenceSlots: [Int?] = valueKeys.map { FactCatalog.slot(of: FactCatalog.presenceFact($0)) }
    private static let flowSlot = FactCatalog.slot(of: "flow")
    private static let countSlots = ["codesRequested", "invitationsSent", "resetRequests"].map { ($0, FactCatalog.slot(of: $0)) }

    func facts(values: [String: String], context: DiagnosisContext, fromMessage: Set<String> = []) -> Facts {
        var facts = Facts()
        for (index, key) in Self.valueKeys.enumerated() {
            if let value = values[key] {
                Self.readers[index].read(value, into: &facts)
                if fromMessage.contains(key) { facts.markFromMessage(key) }
            } else if let slot = Self.presenceSlots[index] {
                facts.set(slot: slot, .bool(false))
            } else {
                facts.set(FactCatalog.presenceFact(key), false)
            }
        }
        UserAgentReader().read(context.userAgent, into: &facts)
        TimeZoneReader().read(device: context.deviceTimeZone, practice: context.practiceTimeZone, into: &facts)
        let flow = context.flow.map(Self.normalizedFlow) ?? ""
        facts.set("flow", slot: Self.flowSlot, .word(flow.isEmpty ? "none" : String(flow.prefix(40))))
        for ((name, slot), count) in zip(Self.countSlots, [context.codesRequested, context.invitationsSent, context.resetRequests]) {
            facts.set(name, slot: slot, .int(count ?? 0))
        }
        return facts
    }

    /// "Password reset", "password_reset" -> "password-reset".
    static func normalizedFlow(_ flow: String) -> String {
        String(flow.trimmedForReading.prefix(40)).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
    }
}

