/// Where the person was and what happened before: the contract's `context`.
public struct DiagnosisContext: Sendable, Codable, Hashable {
    /// registration | password-reset | sign-in | messaging | appointments
    public var flow: String?
    public var codesRequested: Int?
    public var invitationsSent: Int?
    public var resetRequests: Int?
    public var userAgent: String?
    public var deviceTimeZone: String?
    public var practiceTimeZone: String?

    public init(
        flow: String? = nil, codesRequested: Int? = nil, invitationsSent: Int? = nil, resetRequests: Int? = nil,
        userAgent: String? = nil, deviceTimeZone: String? = nil, practiceTimeZone: String? = nil
    ) {
        self.flow = flow
        self.codesRequested = codesRequested
        self.invitationsSent = invitationsSent
        self.resetRequests = resetRequests
        self.userAgent = userAgent
        self.deviceTimeZone = deviceTimeZone
        self.practiceTimeZone = practiceTimeZone
    }

    /// The contract's context keys.
    public static let keys = Field.allCases.map(\.rawValue)

    /// Whether nothing was given.
    public var isEmpty: Bool { self == DiagnosisContext() }
}
