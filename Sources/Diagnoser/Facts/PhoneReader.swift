/// Phone facts: digit count (without an extension), a country code (`+…`, `00…`, or 11 digits
/// starting with 1), an extension (`x123`, `ext. 123`, `extension 123`, `#123`), and well formed
/// (10 digits, no country code, no extension).
struct PhoneReader: ValueReader {
    static let key = "phone"

    func read(_ value: String, into facts: inout Facts) {
        let trimmed = value.trimmedForReading
        facts.set("phone.present", !trimmed.isEmpty)
        var digits = 0
        var extensionDigits = 0
        var inExtension = false
        var firstDigit: UInt8?
        var startsWithPlus = false
        var sawDigitOrPlus = false
        var leadingZeros = 0
        var previousLetter: UInt8 = 0
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExtension { extensionDigits += 1; continue }
                if firstDigit == nil { firstDigit = byte }
                if digits == leadingZeros && byte == UInt8(ascii: "0") && !startsWithPlus { leadingZeros += 1 }
                digits += 1
                sawDigitOrPlus = true
            case UInt8(ascii: "+"):
                if !sawDigitOrPlus { startsWithPlus = true }
                sawDigitOrPlus = true
            case UInt8(ascii: "#"):
                if digits > 0 { inExtension = true }
            case UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "e"), UInt8(ascii: "E"):
                // "x123", "ext 123", "extension 123"; a lone letter elsewhere is not an extension.
                if digits > 0 && (byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") || previousLetter == 0) { inExtension = true }
            default:
                break
            }
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            previousLetter = isLetter ? byte : 0
        }
        let hasExtension = inExtension && extensionDigits > 0
        let hasCountryCode = startsWithPlus || (leadingZeros >= 2 && digits > 10) || (digits == 11 && firstDigit == UInt8(ascii: "1"))
        facts.set("phone.digits", digits)
        facts.set("phone.hasCountryCode", hasCountryCode)
        facts.set("phone.hasExtension", hasExtension)
        facts.set("phone.wellFormed", digits == 10 && !hasCountryCode && !hasExtension)
    }
}
