/// Cuts a short passage from a section around its densest run of query words, HTML-escapes
/// it, and wraps the matched words in `<mark>`. Where the passage is cut, `&hellip;` marks it:
/// the entity rather than the character keeps a snippet of ASCII text ASCII, which Swift turns
/// into a string without validating it byte by byte.
struct SnippetBuilder {
    let forward: ForwardIndex
    /// Tokens in the window that is searched for the most query words.
    var windowTokens = 24
    /// Bytes of text shown at most.
    var maxBytes = 240
    /// Tokens of a section searched for the window at most (like Lucene's highlighter
    /// `maxAnalyzedChars`), so a very long section costs no more than a normal one.
    var maxAnalyzedTokens = 500

    /// Bytes `cut` may write for a passage of `passageBytes` bytes with `marks` marked spans:
    /// every byte escaped, the marks' tags, and the two ellipses.
    static func outputCapacity(passageBytes: Int, marks: Int) -> Int {
        passageBytes * HTMLText.longestReplacement + marks * 13 + 16
    }

    /// The snippet of `section` (whose text is `text`), written in `scratch`'s buffers.
    func snippet(section: Int, text: String, weights: QueryTermWeights, scratch: SnippetScratch) -> String {
        let tokens = forward.tokens(ofSection: section)
        guard !tokens.isEmpty else { return HTMLText.escape(text.prefix(maxBytes)) }
        let bestStart = densestWindow(tokens, weights, scratch: scratch)
        let first = max(tokens.lowerBound, bestStart - 3)
        return forward.escapeOffset.withUnsafeBufferPointer { offsets in
            let escapes = UnsafeBufferPointer(rebasing: offsets[forward.escapes(ofSection: section)])
            if let snippet = text.utf8.withContiguousStorageIfAvailable({
                cut($0, tokens: tokens, first: first, escapes: escapes, weights: weights, scratch: scratch)
            }) {
                return snippet
            }
            return Array(text.utf8).withUnsafeBufferPointer {
                cut($0, tokens: tokens, first: first, escapes: escapes, weights: weights, scratch: scratch)
            }
        }
    }

    /// The passage from token `first` on, escaped (the bytes to replace are at `escapes`) and marked.
    private func cut(_ utf8: UnsafeBufferPointer<UInt8>, tokens: Range<Int>, first: Int, escapes: UnsafeBufferPointer<Int32>,
                     weights: QueryTermWeights, scratch: SnippetScratch) -> String {
        let from = first == tokens.lowerBound ? 0 : Int(forward.offset[first])
        // The marked spans (start, end pairs; at most one per token in reach, and tokens are at
        // least a byte apart).
        let reach = min(maxBytes, tokens.upperBound - first) + 1
        let marks = scratch.marks
        var to = min(utf8.count, from + maxBytes)
        var markCount = 0
        var lastEnd = from
        for token in first..<tokens.upperBound {
            let start = Int(forward.offset[token])
            let end = start + Int(forward.length[token])
            if end > to { break }
            lastEnd = max(lastEnd, end)
            guard weights[forward.term[token]] != nil else { continue }
            if markCount > 0, start <= marks[2 * markCount - 1] {
                marks[2 * markCount - 1] = max(marks[2 * markCount - 1], end)
            } else if markCount < reach {
                marks[2 * markCount] = start
                marks[2 * markCount + 1] = end
                markCount += 1
            }
        }
        if to < utf8.count { to = lastEnd }
        // Room for the worst case (every byte escaped), written once and copied into a string
        // of the exact size: one pass over the text instead of a counting pass.
        let output = scratch.output
        assert(output.count >= Self.outputCapacity(passageBytes: to - from, marks: markCount))
        var length = 0
        if from > 0 { Self.write("&hellip;", into: output, at: &length) }
        var cursor = from
        // The first byte to replace at or after the passage's start; the runs go forward from there.
        var next = escapes.lowerBound(of: Int32(from))
        for mark in 0..<markCount {
            let start = marks[2 * mark], end = marks[2 * mark + 1]
            guard start >= cursor, end <= to else { continue }
            HTMLText.escape(utf8, cursor..<start, escapes: escapes, from: &next, into: output, at: &length)
            Self.write("<mark>", into: output, at: &length)
            HTMLText.escape(utf8, start..<end, escapes: escapes, from: &next, into: output, at: &length)
            Self.write("</mark>", into: output, at: &length)
            cursor = end
        }
        HTMLText.escape(utf8, cursor..<to, escapes: escapes, from: &next, into: output, at: &length)
        if to < utf8.count { Self.write("&hellip;", into: output, at: &length) }
        return String(decoding: UnsafeBufferPointer(rebasing: output[0..<length]), as: UTF8.self)
    }

    private static func write(_ text: StaticString, into output: UnsafeMutableBufferPointer<UInt8>, at length: inout Int) {
        text.withUTF8Buffer { for byte in $0 { output[length] = byte; length += 1 } }
    }

    /// The first token of the window of `windowTokens` tokens with the most query-word
    /// weight, each clause counted once. One pass picks out the section's query words (most
    /// tokens are not); the window then slides over those alone, with per-clause counts: its
    /// weight changes only where a query word enters or leaves it, and only an entering word
    /// can make it the best (the first window that exceeds the best so far, as a token-by-token
    /// slide would find it). The section's query words are collected in `scratch.words`.
    func densestWindow(_ tokens: Range<Int>, _ weights: QueryTermWeights, scratch: SnippetScratch) -> Int {
        var best = (start: tokens.lowerBound, score: Float(0))
        let tokens = tokens.lowerBound..<min(tokens.upperBound, tokens.lowerBound + maxAnalyzedTokens)
        let clauses = max(1, weights.clauseCount)
        let found = scratch.words
        assert(found.count >= tokens.count, "a scratch made for a builder that reads fewer tokens")
        var foundCount = 0
        forward.term.withUnsafeBufferPointer { terms in
            for token in tokens {
                guard let (clause, weight) = weights[terms[token]] else { continue }
                found[foundCount] = (token, clause, weight)
                foundCount += 1
            }
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: clauses) { counts in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: clauses) { clauseWeight in
                counts.initialize(repeating: 0)
                clauseWeight.initialize(repeating: 0)
                var score: Float = 0
                var leaving = 0
                for entering in 0..<foundCount {
                    let word = found[entering]
                    // Words at or before `word.token - windowTokens` are out of the window ending at it.
                    while found[leaving].token <= word.token - windowTokens {
                        let clause = found[leaving].clause
                        counts[clause] -= 1
                        if counts[clause] == 0 { score -= clauseWeight[clause] }
                        leaving += 1
                    }
                    if counts[word.clause] == 0 { score += word.weight; clauseWeight[word.clause] = word.weight }
                    counts[word.clause] += 1
                    if score > best.score + 1e-6 { best = (max(tokens.lowerBound, word.token - windowTokens + 1), score) }
                }
            }
        }
        // Start the window at its first query word.
        var start = best.start
        while start < tokens.upperBound - 1, weights[forward.term[start]] == nil { start += 1 }
        return start
    }
}
