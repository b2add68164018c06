/// Cuts a short passage from a section around its densest run of query words, HTML-escapes
/// it, and wraps the matched words in `<mark>`.
struct SnippetBuilder {
    let forward: ForwardIndex
    /// Tokens in the window that is searched for the most query words.
    var windowTokens = 24
    /// Bytes of text shown at most.
    var maxBytes = 240
    /// Tokens of a section searched for the window at most (like Lucene's highlighter
    /// `maxAnalyzedChars`), so a very long section costs no more than a normal one.
    var maxAnalyzedTokens = 500

    func snippet(section: Int, text: String, weights: QueryTermWeights) -> String {
        let tokens = forward.tokens(ofSection: section)
        guard !tokens.isEmpty else { return Self.escape(Substring(text.prefix(maxBytes))) }
        let bestStart = densestWindow(tokens, weights)
        let first = max(tokens.lowerBound, bestStart - 3)
        if let snippet = text.utf8.withContiguousStorageIfAvailable({ cut($0, tokens: tokens, first: first, weights: weights) }) {
            return snippet
        }
        return Array(text.utf8).withUnsafeBufferPointer { cut($0, tokens: tokens, first: first, weights: weights) }
    }

    /// The passage from token `first` on, escaped and marked.
    private func cut(_ utf8: UnsafeBufferPointer<UInt8>, tokens: Range<Int>, first: Int, weights: QueryTermWeights) -> String {
        let from = first == tokens.lowerBound ? 0 : Int(forward.offset[first])
        var to = min(utf8.count, from + maxBytes)
        var marks: [(start: Int, end: Int)] = []
        var lastEnd = from
        for token in first..<tokens.upperBound {
            let start = Int(forward.offset[token])
            let end = start + Int(forward.length[token])
            if end > to { break }
            lastEnd = max(lastEnd, end)
            guard weights[forward.term[token]] != nil else { continue }
            if let last = marks.last, start <= last.end { marks[marks.count - 1].end = max(last.end, end) } else { marks.append((start, end)) }
        }
        if to < utf8.count { to = lastEnd }
        var capacity = (to - from) + marks.count * 13 + 8
        for index in from..<to {
            switch utf8[index] {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): capacity += 5
            default: break
            }
        }
        return String(unsafeUninitializedCapacity: capacity) { output in
            var length = 0
            func write(_ text: StaticString) {
                text.withUTF8Buffer { for byte in $0 { output[length] = byte; length += 1 } }
            }
            func escape(_ range: Range<Int>) {
                for index in range {
                    switch utf8[index] {
                    case UInt8(ascii: "&"): write("&amp;")
                    case UInt8(ascii: "<"): write("&lt;")
                    case UInt8(ascii: ">"): write("&gt;")
                    case UInt8(ascii: "\""): write("&quot;")
                    case UInt8(ascii: "'"): write("&#39;")
                    case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): write(" ")
                    case let byte: output[length] = byte; length += 1
                    }
                }
            }
            if from > 0 { write("…") }
            var cursor = from
            for mark in marks where mark.start >= cursor && mark.end <= to {
                escape(cursor..<mark.start)
                write("<mark>")
                escape(mark.start..<mark.end)
                write("</mark>")
                cursor = mark.end
            }
            escape(cursor..<to)
            if to < utf8.count { write("…") }
            return length
        }
    }

    /// The first token of the window of `windowTokens` tokens with the most query-word
    /// weight, each clause counted once (a sliding window with per-clause counts).
    private func densestWindow(_ tokens: Range<Int>, _ weights: QueryTermWeights) -> Int {
        var counts = [Int](repeating: 0, count: weights.clauseCount)
        var clauseWeight = [Float](repeating: 0, count: weights.clauseCount)
        // The clause of each token in the window (ring buffer; -1 for other words).
        var ring = [Int](repeating: -1, count: windowTokens)
        var score: Float = 0
        var best = (start: tokens.lowerBound, score: Float(-1))
        let tokens = tokens.lowerBound..<min(tokens.upperBound, tokens.lowerBound + maxAnalyzedTokens)
        forward.term.withUnsafeBufferPointer { terms in
            for token in tokens {
                let slot = (token - tokens.lowerBound) % windowTokens
                let leaving = ring[slot]
                if leaving >= 0 {
                    counts[leaving] -= 1
                    if counts[leaving] == 0 { score -= clauseWeight[leaving] }
                }
                ring[slot] = -1
                if let (clause, weight) = weights[terms[token]] {
                    if counts[clause] == 0 { score += weight; clauseWeight[clause] = weight }
                    counts[clause] += 1
                    ring[slot] = clause
                }
                let start = max(tokens.lowerBound, token - windowTokens + 1)
                if score > best.score + 1e-6 { best = (start, score) }
            }
        }
        // Start the window at its first query word.
        var start = best.start
        while start < tokens.upperBound - 1, weights[forward.term[start]] == nil { start += 1 }
        return start
    }

    /// HTML-escapes `text`; line breaks and tabs become spaces.
    static func escape(_ text: Substring) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\r", "\t": result += " "
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
