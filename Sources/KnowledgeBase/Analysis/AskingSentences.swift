/// The sentences of a message that ask: those ending in a question mark. In a chat or an
/// e-mail the story around the question says why the person writes ("I have a confirmed
/// visit next Tuesday… my son has a school thing that morning"); the question says what
/// they need ("Can I push it to later in the week?"). `QueryParser` weighs the other
/// sentences' words by `RankingParameters.contextWordWeight`.
///
/// A sentence ends at ".", "!" or "?" followed by a space or the end of the text (so neither
/// the "?" of a pasted link's query string nor the "." of an e-mail address or "10.5" ends
/// one), and at a line break. A Spanish question ("¿…?") ends the same way.
struct AskingSentences: Sendable {
    /// UTF-8 ranges of the sentences that ask.
    let ranges: [Range<Int>]

    /// The asking sentences of `text`, or nil when there is nothing to weigh apart: no
    /// sentence asks, or every sentence with a word in `wordStarts` (UTF-8 offsets of the
    /// query's words, ascending) asks. Linear in the text and the words.
    init?(_ text: String, wordStarts: [Int]) {
        var sentences: [(range: Range<Int>, asks: Bool)] = []
        var start = 0
        var text = text
        text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
                let endsAtSpace = next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
                let isEnd = byte == UInt8(ascii: "\n")
                    || ((byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")) && endsAtSpace)
                guard isEnd else { continue }
                if index > start { sentences.append((start..<(index + 1), byte == UInt8(ascii: "?"))) }
                start = index + 1
            }
            if start < bytes.count { sentences.append((start..<bytes.count, false)) }
        }
        var worded = 0
        var asking: [Range<Int>] = []
        var word = 0
        for sentence in sentences {
            while word < wordStarts.count, wordStarts[word] < sentence.range.lowerBound { word += 1 }
            guard word < wordStarts.count, sentence.range.contains(wordStarts[word]) else { continue }
            worded += 1
            if sentence.asks { asking.append(sentence.range) }
        }
        guard !asking.isEmpty, asking.count < worded else { return nil }
        ranges = asking
    }

    /// Whether the word at UTF-8 offset `start` is in a sentence that asks.
    func asks(at start: Int) -> Bool {
        ranges.contains { $0.contains(start) }
    }
}
