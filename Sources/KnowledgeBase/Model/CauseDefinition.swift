/// A cause of an error as its article defines it in front matter (`causes:`), for the
/// Diagnoser. KnowledgeBase only carries it; the Diagnoser interprets `when` and `phrases`.
///
/// ```yaml
/// causes:
///   - id: code-is-sender-number
///     anchor: the-code-is-the-sender-number
///     errors: [invalid-security-code]
///     default: false
///     when:
///       - securityCode.digits == 6
///     phrases: ["number the text came from"]
///     explanation: The code you entered has {securityCode.digits} digits. …
///     steps: ["…", "…"]
///     reply: Hi, …
/// ```
public struct CauseDefinition: Hashable, Sendable, Codable {
    public var id: String
    /// The anchor of the section of this article that explains the cause.
    public var anchor: String
    /// The error ids this cause can explain.
    public var errors: [ErrorID]
    /// Whether this is the error's most common cause, ranked first with no other evidence.
    public var isDefault: Bool
    /// Conditions over facts, any of which makes this cause rank first (Diagnoser's vocabulary).
    public var when: [String]
    /// Phrases in a pasted message that count as evidence for this cause.
    public var phrases: [String]
    /// Plain-words explanation; may name facts in braces (`{securityCode.digits}`), never values.
    public var explanation: String
    public var steps: [String]
    /// What an agent can paste to the patient.
    public var reply: String
    /// What the doctor's office can do about it in the EHR, for support agents and office staff
    /// (never shown to patients).
    public var office: [String]

    public init(
        id: String, anchor: String, errors: [ErrorID] = [], isDefault: Bool = false, when: [String] = [],
        phrases: [String] = [], explanation: String = "", steps: [String] = [], reply: String = "",
        office: [String] = []
    ) {
        self.id = id
        self.anchor = anchor
        self.errors = errors
        self.isDefault = isDefault
        self.when = when
        self.phrases = phrases
        self.explanation = explanation
        self.steps = steps
        self.reply = reply
        self.office = office
    }
}
