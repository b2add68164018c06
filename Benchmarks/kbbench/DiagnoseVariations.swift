import Diagnoser

/// A request and variations of it written differently: inside a patient's e-mail, lowercased
/// without punctuation, with a typo, and the values alone.
enum DiagnoseVariations {
    static func of(_ request: DiagnosisRequest) -> [DiagnosisRequest] {
        var variations = [request]
        guard let message = request.message, !message.isEmpty else { return variations }
        var wrapped = request
        wrapped.message = "Hi there,\n\nMy mother is trying to sign up for the portal and keeps getting this: \"\(message)\". "
            + "We tried twice on her phone and once on the computer. Can you tell us what to do?\n\nThanks, Ann"
        variations.append(wrapped)
        var plain = request
        plain.message = String(message.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " })
        variations.append(plain)
        var typo = request
        typo.message = withTypo(message)
        variations.append(typo)
        if !request.values.isEmpty {
            var valuesOnly = request
            valuesOnly.message = nil
            variations.append(valuesOnly)
        }
        return variations
    }

    /// Swaps two letters in the middle of the longest word.
    static func withTypo(_ message: String) -> String {
        var words = message.split(separator: " ").map(String.init)
        guard let longest = words.indices.max(by: { words[$0].count < words[$1].count }), words[longest].count >= 5 else { return message }
        var letters = Array(words[longest])
        let middle = letters.count / 2
        letters.swapAt(middle, middle - 1)
        words[longest] = String(letters)
        return words.joined(separator: " ")
    }
}
