// GFM extended autolinks (`www.…`, `http://…`, `https://…`, `ftp://…`, `user@example.com`),
// found in text after inline parsing, never inside links or images; as cmark-gfm, no URL or
// `www.` autolink in text parsed inside an open bracket (`Node.inOpenBracket`).
enum ExtendedAutolink {
    static func apply(_ doc: inout Document) {
        var n = doc.nodes[Document.root].first
        while n >= 0 {
            let kind = doc.nodes[n].kind
            if kind == .text && !(doc.nodes[n].prev >= 0 && doc.nodes[doc.nodes[n].prev].kind == .text) {
                let bracketed = merge(&doc, n)
                let last = link(&doc, n, bracketed: bracketed)
                n = doc.following(last, within: Document.root, skipChildren: true)
                continue
            }
            let skip = kind == .link || kind == .image || kind == .code || kind == .codeBlock || kind == .htmlBlock
            n = doc.following(n, within: Document.root, skipChildren: skip)
        }
    }

    // Joins a run of adjacent text siblings into the first one; returns the parts of it that
    // were in an open bracket, as offsets from its start.
    static func merge(_ doc: inout Document, _ n: Int) -> [Range<Int>] {
        var bracketed: [Range<Int>] = []
        if doc.nodes[n].flags & Node.inOpenBracket != 0 { bracketed.append(0..<Int(doc.nodes[n].literal.count)) }
        var next = doc.nodes[n].next
        guard next >= 0, doc.nodes[next].kind == .text else { return bracketed }
        var bytes = Array(doc.bytes(doc.nodes[n].literal))
        var contiguous = true
        var end = doc.nodes[n].literal.end
        while next >= 0 && doc.nodes[next].kind == .text {
            let literal = doc.nodes[next].literal
            if Int(literal.start) != end { contiguous = false }
            end = literal.end
            if doc.nodes[next].flags & Node.inOpenBracket != 0 { bracketed.append(bytes.count..<(bytes.count + Int(literal.count))) }
            bytes.append(contentsOf: doc.bytes(literal))
            let after = doc.nodes[next].next
            doc.unlink(next)
            next = after
        }
        if contiguous {
            doc.nodes[n].literal.count = Int32(bytes.count)
        } else {
            doc.nodes[n].literal = doc.intern(bytes)
        }
        return bracketed
    }

    typealias Piece = (start: Int, end: Int, href: [UInt8])

    // Splits one text node around the autolinks it contains; returns the last node of the result.
    static func link(_ doc: inout Document, _ n: Int, bracketed: [Range<Int>]) -> Int {
        let span = doc.nodes[n].literal
        let pieces = find(in: doc.store, from: Int(span.start), to: span.end,
                          bracketed: bracketed.map { ($0.lowerBound + Int(span.start))..<($0.upperBound + Int(span.start)) })
        guard !pieces.isEmpty else { return n }
        func sub(_ a: Int, _ b: Int) -> Span { Span(start: Int32(a), count: Int32(b - a)) }
        doc.nodes[n].literal = sub(Int(span.start), pieces[0].start)
        var last = n
        for (k, piece) in pieces.enumerated() {
            let link = doc.makeNode(.link)
            doc.nodes[link].literal = doc.intern(piece.href)
            let text = doc.makeText(sub(piece.start, piece.end))
            doc.appendChild(link, text)
            doc.insertAfter(last, link)
            last = link
            let restEnd = k + 1 < pieces.count ? pieces[k + 1].start : span.end
            if restEnd > piece.end {
                let rest = doc.makeText(sub(piece.end, restEnd))
                doc.insertAfter(last, rest)
                last = rest
            }
        }
        return last
    }

    // The autolinks in `s[lo..<hi]`, left to right (positions are indices of `s`); no URL or
    // `www.` autolink starts in `bracketed`.
    static func find(in s: [UInt8], from lo: Int, to hi: Int, bracketed: [Range<Int>]) -> [Piece] {
        var pieces: [Piece] = []
        var emitted = lo
        var i = lo
        var nextBracketed = 0
        while i < hi {
            let c = s[i]
            var found: Piece? = nil
            // `bracketed` is in order: step past the ranges that end before `i`.
            while nextBracketed < bracketed.count && bracketed[nextBracketed].upperBound <= i { nextBracketed += 1 }
            let inBracket = nextBracketed < bracketed.count && bracketed[nextBracketed].contains(i)
            if c == UInt8(ascii: "w"), !inBracket {
                if (i == lo || isASCIIWhitespace(s[i - 1]) || "*_~(".utf8.contains(s[i - 1]))
                    && i + 4 <= hi && s.matches("www.", at: i), let end = matchWWW(s, i, hi) {
                    found = (i, end, Array("http://".utf8) + s[i..<end])
                }
            } else if c == UInt8(ascii: ":"), !inBracket {
                if let start = schemeStart(s, i, notBefore: emitted), let end = matchURL(s, start, i, hi) {
                    found = (start, end, Array(s[start..<end]))
                }
            } else if c == UInt8(ascii: "@") {
                if let match = matchEmail(s, i, notBefore: emitted, hi) {
                    found = (match.start, match.end, Array("mailto:".utf8) + s[match.start..<match.end])
                }
            }
            if let found {
                pieces.append(found)
                emitted = found.end
                i = found.end
            } else {
                i += 1
            }
        }
        return pieces
    }

    static func isHostByte(_ c: UInt8) -> Bool {
        c >= 0x80 || isASCIIAlphanumeric(c)
    }

    // The end of a valid domain starting at `start` (0 if invalid).
    static func domainEnd(_ s: [UInt8], _ start: Int, _ hi: Int, allowShort: Bool) -> Int? {
        guard start < hi, isHostByte(s[start]) else { return nil }
        var periods = 0, underscoresBefore = 0, underscores = 0
        var j = start + 1
        while j < hi {
            let c = s[j]
            if c == UInt8(ascii: "_") {
                underscores += 1
            } else if c == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                periods += 1
            } else if !isHostByte(c) && c != UInt8(ascii: "-") {
                break
            }
            j += 1
        }
        if underscoresBefore > 0 || underscores > 0 { return nil }
        return allowShort || periods > 0 ? j : nil
    }

    static func matchWWW(_ s: [UInt8], _ start: Int, _ hi: Int) -> Int? {
        guard var end = domainEnd(s, start, hi, allowShort: false) else { return nil }
        while end < hi && !isASCIIWhitespace(s[end]) && s[end] != UInt8(ascii: "<") { end += 1 }
        let trimmed = trimEnd(s, start, end)
        return trimmed > start ? trimmed : nil
    }

    static func schemeStart(_ s: [UInt8], _ colon: Int, notBefore limit: Int) -> Int? {
        var k = colon
        while k > limit && isASCIILetter(s[k - 1]) && colon - k < 6 { k -= 1 }
        if k > limit && isASCIILetter(s[k - 1]) { return nil }
        let scheme = s[k..<colon].map(asciiLower)
        guard scheme == Array("http".utf8) || scheme == Array("https".utf8) || scheme == Array("ftp".utf8) else { return nil }
        return k
    }

    static func matchURL(_ s: [UInt8], _ start: Int, _ colon: Int, _ hi: Int) -> Int? {
        guard colon + 3 <= hi, s.matches("://", at: colon), var end = domainEnd(s, colon + 3, hi, allowShort: true) else { return nil }
        while end < hi && !isASCIIWhitespace(s[end]) && s[end] != UInt8(ascii: "<") { end += 1 }
        let trimmed = trimEnd(s, start, end)
        return trimmed > colon + 3 ? trimmed : nil
    }

    static func matchEmail(_ s: [UInt8], _ at: Int, notBefore limit: Int, _ hi: Int) -> (start: Int, end: Int)? {
        var k = at
        while k > limit {
            let c = s[k - 1]
            if isASCIIAlphanumeric(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") {
                k -= 1
            } else {
                break
            }
        }
        guard k < at else { return nil }
        var e = at + 1
        var periods = 0
        while e < hi {
            let c = s[e]
            if isASCIIAlphanumeric(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") {
                e += 1
            } else if c == UInt8(ascii: "@") {
                return nil
            } else if c == UInt8(ascii: ".") && e + 1 < hi && isASCIIAlphanumeric(s[e + 1]) {
                periods += 1
                e += 1
            } else {
                break
            }
        }
        guard e > at + 1, periods > 0, isASCIILetter(s[e - 1]) || s[e - 1] == UInt8(ascii: ".") else { return nil }
        let end = trimEnd(s, k, e)
        return end > at + 1 ? (k, end) : nil
    }

    // Drops trailing punctuation, unbalanced `)` and a trailing entity-like `&name;`.
    static func trimEnd(_ s: [UInt8], _ start: Int, _ end: Int) -> Int {
        var e = end
        var opens = 0, closes = 0
        for k in start..<e {
            if s[k] == UInt8(ascii: "(") { opens += 1 } else if s[k] == UInt8(ascii: ")") { closes += 1 }
        }
        while e > start {
            let c = s[e - 1]
            if "?!.,:*_~'\"".utf8.contains(c) {
                e -= 1
            } else if c == UInt8(ascii: ";") {
                var k = e - 2
                while k > start && isASCIIAlphanumeric(s[k]) { k -= 1 }
                if k < e - 2 && s[k] == UInt8(ascii: "&") { e = k } else { e -= 1 }
            } else if c == UInt8(ascii: ")") {
                if closes <= opens { break }
                closes -= 1
                e -= 1
            } else {
                break
            }
        }
        return e
    }
}
