/// What a person saw and typed: the contract's input. Every part is optional.
///
/// Decoding is lenient: numbers may arrive as strings and values as numbers, unknown keys are
/// collected in `ignoredKeys` instead of failing, and parts of the wrong type are ignored.
public struct DiagnosisRequest: Sendable, Codable, Hashable {
    /// The error as pasted, possibly inside a longer text.
    public var message: String?
    /// Typed values by the contract's keys (`securityCode`, `dateOfBirth`, …). Examined, never echoed.
    public var values: [String: String]
    public var context: DiagnosisContext
    /// Keys that were not understood (`values.ssn`, `colour`), listed back as ignored.
    public var ignoredKeys: [String]

    public init(message: String? = nil, values: [String: String] = [:], context: DiagnosisContext = DiagnosisContext(), ignoredKeys: [String] = []) {
        self.message = message
        self.values = values
        self.context = context
        self.ignoredKeys = ignoredKeys
    }

    /// The contract's value keys.
    public static let valueKeys = ["pin", "securityCode", "dateOfBirth", "phone", "email", "username", "password", "link"]

    /// The contract's spelling of a value key written another way (`security_code`, `DOB`), or nil.
    public static func valueKey(for key: String) -> String? {
        let folded = key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
        if let exact = valueKeys.first(where: { $0.lowercased() == folded }) { return exact }
        switch folded {
        case "code", "textcode", "smscode", "verificationcode": return "securityCode"
        case "dob", "birthdate", "birthday", "dateofbirth": return "dateOfBirth"
        case "phonenumber", "cellphone", "mobile": return "phone"
        case "emailaddress", "mail": return "email"
        case "url": return "link"
        default: return nil
        }
    }

    /// The contract's spelling of a context key written another way, or nil.
    public static func contextKey(for key: String) -> String? {
        let folded = key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
        return DiagnosisContext.keys.first { $0.lowercased() == folded }
    }

    /// No message (or only whitespace), no values and no context.
    public var isEmpty: Bool {
        (message ?? "").allSatisfy(\.isWhitespace) && values.isEmpty && context.isEmpty
    }
}
