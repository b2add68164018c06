/// Turns the irregular past forms of common English verbs into their base form, so that
/// "forgotten" and "forgot" match "forget", "sent" matches "send" and "not found" matches
/// "can't find": Porter2 stems only regular endings ("signed" -> "sign"). Forms that are
/// also other words in everyday use ("left", "saw", "lead", "felt") are left alone.
/// Expects lower-cased input; runs before the stemmer.
public struct IrregularVerbFilter: TokenFilter {
    public init() {}

    /// Each verb and its irregular past and past-participle forms.
    static let irregularForms: [String: [String]] = {
        let verbs: [(String, [String])] = [
            ("forget", ["forgot", "forgotten"]), ("get", ["got", "gotten"]), ("send", ["sent"]),
            ("find", ["found"]), ("lose", ["lost"]), ("take", ["took", "taken"]), ("give", ["gave", "given"]),
            ("make", ["made"]), ("see", ["seen"]), ("write", ["wrote", "written"]), ("pay", ["paid"]),
            ("know", ["knew", "known"]), ("choose", ["chose", "chosen"]), ("come", ["came"]),
            ("go", ["went", "gone"]), ("say", ["said"]), ("tell", ["told"]), ("keep", ["kept"]),
            ("hold", ["held"]), ("buy", ["bought"]), ("think", ["thought"]), ("mean", ["meant"]),
            ("begin", ["began", "begun"]), ("break", ["broke", "broken"]), ("bring", ["brought"]),
            ("show", ["shown"]), ("do", ["did", "done"]), ("hear", ["heard"]),
            ("speak", ["spoke", "spoken"]), ("wake", ["woke", "woken"]), ("freeze", ["froze", "frozen"]),
            ("steal", ["stole", "stolen"]), ("hide", ["hid", "hidden"]), ("build", ["built"]),
        ]
        return Dictionary(verbs, uniquingKeysWith: +)
    }()

    /// Each irregular form and its verb.
    static let bases: [String: String] = {
        var table: [String: String] = [:]
        for (verb, forms) in irregularForms { for form in forms { table[form] = verb } }
        return table
    }()

    public func filter(_ token: Token, into output: inout [Token]) {
        guard let base = Self.bases[token.term] else { output.append(token); return }
        var token = token
        token.term = base
        output.append(token)
    }
}
