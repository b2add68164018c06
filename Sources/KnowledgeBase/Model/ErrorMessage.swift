/// A portal error that an article explains: the contract's error id and the exact
/// message the portal shows, plus other wordings of the same error.
public struct ErrorMessage: Hashable, Sendable, Codable {
    public var id: ErrorID
    public var message: String
    public var variants: [String]

    public init(id: String, message: String, variants: [String] = []) {
        self.id = id
        self.message = message
        self.variants = variants
    }

    /// The message and its variants.
    public var allMessages: [String] { [message] + variants }
}

/// The contract's id of a portal error (`invalid-pin`), as articles declare it under `errors`.
public typealias ErrorID = String
