import Testing
import TestSupport
@testable import KnowledgeBase

/// The snippet's window slides over a section's query words only; it must start where the
/// window that slides token by token (the reference below, the code it replaced) starts, on
/// every section of the real articles, for queries of every kind.
@Suite struct SnippetWindowTests {
    /// The token-by-token slide: per clause, how many of its words are in the window, and
    /// the window's weight (each clause once, at the weight of the word that brought it in).
    static func slidingWindow(_ tokens: Range<Int>, _ weights: QueryTermWeights, forward: ForwardIndex,
                              windowTokens: Int, maxAnalyzedTokens: Int) -> Int {
        var best = (start: tokens.lowerBound, score: Float(-1))
        let tokens = tokens.lowerBound..<min(tokens.upperBound, tokens.lowerBound + maxAnalyzedTokens)
        var counts = [Int](repeating: 0, count: max(1, weights.clauseCount))
        var clauseWeight = [Float](repeating: 0, count: counts.count)
        var ring = [Int](repeating: -1, count: windowTokens)
        var score: Float = 0
        for token in tokens {
            let slot = (token - tokens.lowerBound) % windowTokens
            let leaving = ring[slot]
            if leaving >= 0 {
                counts[leaving] -= 1
                if counts[leaving] == 0 { score -= clauseWeight[leaving] }
            }
            ring[slot] = -1
            if let (clause, weight) = weights[forward.term[token]] {
                if counts[clause] == 0 { score += weight; clauseWeight[clause] = weight }
                counts[clause] += 1
                ring[slot] = clause
            }
            if score > best.score + 1e-6 { best = (max(tokens.lowerBound, token - windowTokens + 1), score) }
        }
        var start = best.start
        while start < tokens.upperBound - 1, weights[forward.term[start]] == nil { start += 1 }
        return start
    }

    @Test func windowStartsWhereTheTokenByTokenSlideStarts() throws {
        let searcher = try ContentFixture.knowledgeBase().searcher
        let index = searcher.index
        let builder = searcher.snippetBuilder
        let queries = ["pin", "reset password", "date of birth does not match our records", "pin code wont work after i reset it",
                       "The PIN you entered is not valid. Please check the PIN and try again.", "cache cookies browser clear",
                       "appointment reminder text email", "messages", "zzzz"]
        let scratch = SnippetScratch(for: builder)
        defer { scratch.deallocate() }
        var compared = 0
        for text in queries {
            let weights = QueryTermWeights(query: searcher.parser.parse(text))
            for document in index.articles.indices {
                for section in index.forward.sections(ofDocument: document) {
                    let tokens = index.forward.tokens(ofSection: section)
                    guard !tokens.isEmpty else { continue }
                    let expected = Self.slidingWindow(tokens, weights, forward: index.forward, windowTokens: builder.windowTokens,
                                                      maxAnalyzedTokens: builder.maxAnalyzedTokens)
                    #expect(builder.densestWindow(tokens, weights, scratch: scratch) == expected, "\(text), section \(section)")
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000)
        // Short windows and a short reach, so that words leave the window and the limit bites.
        let narrow = SnippetBuilder(forward: index.forward, windowTokens: 3, maxBytes: 240, maxAnalyzedTokens: 40)
        let weights = QueryTermWeights(query: searcher.parser.parse("pin code security portal"))
        let narrowScratch = SnippetScratch(for: narrow)
        defer { narrowScratch.deallocate() }
        for section in 0..<(index.forward.tokenStart.count - 1) where !index.forward.tokens(ofSection: section).isEmpty {
            let tokens = index.forward.tokens(ofSection: section)
            #expect(narrow.densestWindow(tokens, weights, scratch: narrowScratch) == Self.slidingWindow(tokens, weights, forward: index.forward, windowTokens: 3, maxAnalyzedTokens: 40))
        }
    }
}
