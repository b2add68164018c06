// Backslash escapes and character references in link destinations, titles and info strings.
enum Unescape {
    static func apply(_ s: ArraySlice<UInt8>) -> [UInt8] {
        guard s.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else { return Array(s) }
        let bytes = Array(s)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") && i + 1 < bytes.count && isASCIIPunctuation(bytes[i + 1]) {
                out.append(bytes[i + 1])
                i += 2
            } else if c == UInt8(ascii: "&"), let entity = CharacterReference.decode(bytes, at: i) {
                out.append(contentsOf: entity.value)
                i = entity.end
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }
}
