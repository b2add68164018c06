import KnowledgeBase

/// The answer: the error recognised in the message, the likely causes ranked, and, when
/// nothing matched, search results so the person is never left with nothing.
public struct Diagnosis: Sendable, Codable, Hashable {
    public var error: MatchedError?
    /// Most likely first; confidences in 0…1, not increasing.
    public var causes: [RankedCause]
    /// Articles for the text, filled only when no error or cause matched.
    public var searchResults: [SearchHit]
    /// Request keys that were not understood.
    public var ignored: [String]
    /// Remarks about the request ("nothing to diagnose", "message cut to 16 KB").
    public var notes: [String]
    /// The language of the answer's words and of its articles (`lang` in JSON).
    public var language: Language

    public init(error: MatchedError? = nil, causes: [RankedCause] = [], searchResults: [SearchHit] = [], ignored: [String] = [], notes: [String] = [],
                language: Language = .original) {
        self.error = error
        self.causes = causes
        self.searchResults = searchResults
        self.ignored = ignored
        self.notes = notes
        self.language = language
    }

    /// Confidences of the two most likely causes this close or closer are a close call.
    public static let closeCallMargin = 0.1

    /// Whether the two most likely causes are too close to tell apart without asking the person.
    public var isCloseCall: Bool {
        causes.count >= 2 && causes[0].confidence - causes[1].confidence < Self.closeCallMargin
    }

    enum CodingKeys: String, CodingKey {
        case error, causes, searchResults, ignored, notes
        case language = "lang"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(error, forKey: .error)  // null when no error matched
        try container.encode(causes, forKey: .causes)
        try container.encode(searchResults, forKey: .searchResults)
        try container.encode(ignored, forKey: .ignored)
        try container.encode(notes, forKey: .notes)
        try container.encode(language, forKey: .language)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        error = try container.decodeIfPresent(MatchedError.self, forKey: .error)
        causes = try container.decodeIfPresent([RankedCause].self, forKey: .causes) ?? []
        searchResults = try container.decodeIfPresent([SearchHit].self, forKey: .searchResults) ?? []
        ignored = try container.decodeIfPresent([String].self, forKey: .ignored) ?? []
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .original
    }
}

/// The portal error recognised, by the contract's error id.
public struct MatchedError: Sendable, Codable, Hashable {
    public var id: String
    public var confidence: Double

    public init(id: String, confidence: Double) {
        self.id = id
        self.confidence = confidence
    }
}

/// One likely cause with what to do about it.
public struct RankedCause: Sendable, Codable, Hashable {
    /// The contract's cause id.
    public var id: String
    public var confidence: Double
    public var article: ArticleReference
    /// Plain words about the shape of what was typed, never the value.
    public var explanation: String
    public var steps: [String]
    /// Text an agent can paste to the patient.
    public var reply: String
    /// Facts and phrases that support this cause ("security code has 6 digits").
    public var evidence: [String]
    /// What the doctor's office can do in the EHR: for agents and office staff, never for patients.
    public var office: [String]

    public init(id: String, confidence: Double, article: ArticleReference, explanation: String, steps: [String], reply: String,
                evidence: [String], office: [String] = []) {
        self.id = id
        self.confidence = confidence
        self.article = article
        self.explanation = explanation
        self.steps = steps
        self.reply = reply
        self.evidence = evidence
        self.office = office
    }

    enum CodingKeys: String, CodingKey { case id, confidence, article, explanation, steps, reply, evidence, office }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        confidence = try container.decode(Double.self, forKey: .confidence)
        article = try container.decode(ArticleReference.self, forKey: .article)
        explanation = try container.decodeIfPresent(String.self, forKey: .explanation) ?? ""
        steps = try container.decodeIfPresent([String].self, forKey: .steps) ?? []
        reply = try container.decodeIfPresent(String.self, forKey: .reply) ?? ""
        evidence = try container.decodeIfPresent([String].self, forKey: .evidence) ?? []
        office = try container.decodeIfPresent([String].self, forKey: .office) ?? []
    }
}

/// The article (and section) that fixes a cause.
public struct ArticleReference: Sendable, Hashable {
    public var id: ArticleID
    public var title: String
    /// The section's anchor; nil for the whole article.
    public var anchor: String?
    /// The language of the article's page: a translation's URL starts with `/es`.
    public var language: Language

    public init(id: ArticleID, title: String, anchor: String? = nil, language: Language = .original) {
        self.id = id
        self.title = title
        self.anchor = anchor.flatMap { $0.isEmpty ? nil : $0 }
        self.language = language
    }

    public init(article: Article, anchor: String, language: Language = .original) {
        self.init(id: article.id, title: article.title, anchor: anchor, language: language)
    }

    /// `/articles/<id>#<anchor>`, or `/articles/<id>` without an anchor; `/es/articles/…` in Spanish.
    public var url: String { Self.pathPrefix(language) + "/articles/\(id.rawValue)" + (anchor.map { "#\($0)" } ?? "") }

    /// `""` for the original language, `/es` for Spanish.
    public static func pathPrefix(_ language: Language) -> String { language == .original ? "" : "/" + language.rawValue }
}

extension ArticleReference: Codable {
    enum CodingKeys: String, CodingKey { case id, title, url }

    /// The contract's `{id, title, url}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(url, forKey: .url)
    }

    /// Reads the contract's form; the anchor is the url's fragment, the language its prefix.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let url = try container.decode(String.self, forKey: .url)
        let language = Language.allCases.first { $0 != .original && url.hasPrefix(Self.pathPrefix($0) + "/") } ?? .original
        self.init(
            id: try container.decode(ArticleID.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
            anchor: url.firstIndex(of: "#").map { String(url[url.index(after: $0)...]) }, language: language)
    }
}
