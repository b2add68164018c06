extension DiagnosisContext {
    /// A key of the contract's `context`.
    public enum Field: String, CaseIterable, Sendable {
        case flow, codesRequested, invitationsSent, resetRequests, userAgent, deviceTimeZone, practiceTimeZone

        /// The field `key` names, spelled the contract's way or another (`codes_requested`, `Flow`); nil for an unknown key.
        public init?(key: String) {
            let folded = DiagnosisRequest.folded(key)
            guard let field = Self.allCases.first(where: { $0.rawValue.lowercased() == folded }) else { return nil }
            self = field
        }

        /// Whether the field holds a count (`codesRequested`); the others hold text.
        public var isCount: Bool {
            if case .count = storage { true } else { false }
        }

        /// The one mapping from the contract's context keys to the properties that hold them.
        fileprivate var storage: Storage {
            switch self {
            case .flow: .text(\.flow)
            case .userAgent: .text(\.userAgent)
            case .deviceTimeZone: .text(\.deviceTimeZone)
            case .practiceTimeZone: .text(\.practiceTimeZone)
            case .codesRequested: .count(\.codesRequested)
            case .invitationsSent: .count(\.invitationsSent)
            case .resetRequests: .count(\.resetRequests)
            }
        }

        /// A count written as text: a whole number, spaces around it and a zero fraction allowed (" 3 ", "3.0").
        static func count(in text: String) -> Int? {
            let trimmed = text.trimmedForReading
            if let int = Int(trimmed) { return int }
            if let double = Double(trimmed), double.isFinite, abs(double) < 1e9 { return Int(double) }
            return nil
        }
    }

    fileprivate enum Storage {
        case text(WritableKeyPath<DiagnosisContext, String?>)
        case count(WritableKeyPath<DiagnosisContext, Int?>)
    }

    /// A count field was given something that is not a whole number; nothing was set.
    public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
        public var field: Field

        public init(field: Field) { self.field = field }

        public var description: String { "\(field.rawValue) needs a whole number, like \(field.rawValue)=2." }
    }

    /// Sets `field` from text as typed or sent: a text field takes it as it is, a count field
    /// the whole number written in it.
    /// - Throws: `FieldError` when a count field's text is not a whole number.
    public mutating func set(_ field: Field, text: String) throws(FieldError) {
        switch field.storage {
        case .text(let property): self[keyPath: property] = text
        case .count(let property):
            guard let count = Field.count(in: text) else { throw FieldError(field: field) }
            self[keyPath: property] = count
        }
    }

    /// Sets a count field; a text field takes the number written out.
    public mutating func set(_ field: Field, count: Int) {
        switch field.storage {
        case .text(let property): self[keyPath: property] = String(count)
        case .count(let property): self[keyPath: property] = count
        }
    }
}
