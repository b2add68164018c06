/// Turns one typed value into facts about its shape. Readers see the value in memory
/// only and must never put the value (or a piece of it) into a fact.
protocol ValueReader: Sendable {
    /// The request key of the value (`securityCode`), also the fact group.
    static var key: String { get }
    func read(_ value: String, into facts: inout Facts)
}

/// Character counts of a value, in one pass.
struct CharacterCounts {
    var digits = 0
    var letters = 0
    var lowercase = 0
    var uppercase = 0
    var spaces = 0
    var length = 0
    /// Letters that look like digits (O, o for 0; l, I for 1), as text recognition and tired eyes mix them up.
    var lookAlikes = 0

    init(_ value: Substring) {
        for scalar in value.unicodeScalars {
            length += 1
            let v = scalar.value
            if v >= 48 && v <= 57 {
                digits += 1
            } else if v >= 97 && v <= 122 {
                letters += 1; lowercase += 1
                if v == 111 || v == 108 { lookAlikes += 1 }  // o, l
            } else if v >= 65 && v <= 90 {
                letters += 1; uppercase += 1
                if v == 79 || v == 73 { lookAlikes += 1 }  // O, I
            } else if v < 128 {
                if v == 32 || v == 9 || v == 10 || v == 13 { spaces += 1 }
            } else if scalar.properties.numericType == .decimal {
                digits += 1  // other scripts' digits, full-width digits
            } else if scalar.properties.isWhitespace {
                spaces += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isLowercase { lowercase += 1 }
                if scalar.properties.isUppercase { uppercase += 1 }
            }
        }
    }
}

extension CharacterCounts {
    /// The facts shared by codes typed in a box (PIN, security code): present, digits, length, letters, spaces.
    func setCodeFacts(group: String, into facts: inout Facts) {
        facts.set(FactCatalog.presenceFact(group), length > 0)
        facts.set(group + ".digits", digits)
        facts.set(group + ".length", length)
        facts.set(group + ".hasLetters", letters > 0)
        facts.set(group + ".hasSpaces", spaces > 0)
        // Digits with a look-alike letter among them ("4821O"): a misread digit, not a word.
        facts.set(group + ".hasLookAlikes", lookAlikes > 0 && lookAlikes == letters && digits >= 3)
    }
}

extension String {
    /// The value without surrounding whitespace, as a substring (no copy).
    var trimmedForReading: Substring {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return slice
    }
}
