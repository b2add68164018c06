/// Facts in plain words for evidence ("security code has 6 digits", "2 codes requested"), in the
/// language of `FactSentences`. Speaks of shapes and counts, never of values.
enum FactDescriber {
    static func describe(_ name: String, in facts: Facts, sentences: FactSentences = .of(.original)) -> String? {
        guard let value = facts[name], let text = words(name, value, sentences) else { return nil }
        guard let group = FactCatalog.group(of: name), facts.fromMessage.contains(group) else { return text }
        return text + (sentences.text("evidence.inMessage") ?? "")
    }

    private static func words(_ name: String, _ value: FactValue, _ sentences: FactSentences) -> String? {
        switch value {
        case .int(let n):
            return sentences.text(name + (n == 1 ? ".one" : ".other"), ["n": String(n)]) ?? "\(name) is \(n)"
        case .word(let word):
            if name == "password.brokenRules", word == "none" { return nil }
            if name == "flow", word != "none", !FactCatalog.flows.contains(word) { return sentences.text("flow.unknown") }
            let fills = ["word": sentences.word(name, word), "WORD": word.uppercased()]
            return sentences.text("\(name).\(word)") ?? sentences.text("\(name).*", fills) ?? "\(name) is \(word)"
        case .bool(let yes):
            if let text = sentences.text("\(name).\(yes)") { return text }
            // A fact whose "no" says nothing (no look-alike letters) is left unsaid.
            return sentences.text("\(name).\(!yes)") == nil ? "\(name) is \(yes)" : nil
        }
    }
}
