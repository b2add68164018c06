extension DiagnosisRequest {
    /// Reads the contract's input leniently; only a body that is not a JSON object fails.
    public init(from decoder: Decoder) throws {
        let root = try JSONValue(from: decoder)
        guard case .object(let object) = root else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "A diagnosis request is a JSON object."))
        }
        self.init(json: object)
    }

    init(json object: [String: JSONValue]) {
        self.init()
        for key in object.keys.sorted() {
            guard let value = object[key] else { continue }
            switch key {
            case "message":
                if case .null = value { continue }
                if let text = value.scalarText { message = text } else { ignoredKeys.append("message") }
            case "values":
                guard case .object(let fields) = value else {
                    if value != .null { ignoredKeys.append("values") }
                    continue
                }
                for field in fields.keys.sorted() {
                    guard let fieldValue = fields[field], fieldValue != .null else { continue }
                    if let valueField = ValueField(key: field), let text = fieldValue.scalarText {
                        self[value: valueField] = text
                    } else {
                        ignoredKeys.append("values." + Self.safeKeyName(field))
                    }
                }
            case "context":
                guard case .object(let fields) = value else {
                    if value != .null { ignoredKeys.append("context") }
                    continue
                }
                for field in fields.keys.sorted() {
                    guard let fieldValue = fields[field], fieldValue != .null else { continue }
                    if !context.set(key: field, fieldValue) {
                        ignoredKeys.append("context." + Self.safeKeyName(field))
                    }
                }
            default:
                ignoredKeys.append(Self.safeKeyName(key))
            }
        }
    }

    /// A key name short enough to list back (keys are names, not values, but may be anything).
    static func safeKeyName(_ key: String) -> String {
        let cleaned = String(key.unicodeScalars.filter { !$0.properties.isWhitespace && $0.value >= 0x20 && $0.value != 0x7F }.prefix(40))
        return cleaned.isEmpty ? "(unnamed)" : cleaned
    }
}

extension DiagnosisContext {
    /// Sets the field `key` names from a JSON value: a count from a number or a whole number
    /// written as text, text from any scalar. False (nothing set) when the key or the value is not understood.
    mutating func set(key: String, _ value: JSONValue) -> Bool {
        guard let field = Field(key: key) else { return false }
        if field.isCount, case .number = value {
            guard let count = value.integer else { return false }
            set(field, count: count)
            return true
        }
        guard let text = value.scalarText else { return false }
        do {
            try set(field, text: text)
            return true
        } catch {
            return false
        }
    }
}

extension DiagnosisContext {
    /// Reads a context object leniently: numbers may be strings; unknown keys and wrong types are skipped.
    public init(from decoder: Decoder) throws {
        self.init()
        guard case .object(let fields) = try JSONValue(from: decoder) else { return }
        for (key, value) in fields { _ = set(key: key, value) }
    }
}
