import Testing
@testable import KnowledgeBase

/// The quoted spans of a query (`QueryParser.quotedRanges`), read in UTF-8: straight and
/// curly quotes, UTF-8 offsets after accented letters and other three-byte characters, an
/// unclosed quote.
@Suite struct QuotedRangesTests {
    @Test(arguments: [
        ("say \"page not found\" please", ["page not found"]),
        ("\u{201C}access your records\u{201D} button", ["access your records"]),
        ("contraseña \"código\" y \u{201C}número\u{201D}", ["código", "número"]),
        // U+2019 and U+2026 share the lead bytes E2 80 with the curly quotes and are not quotes.
        ("it\u{2019}s \u{201C}reset token\u{2026}\u{201D}", ["reset token\u{2026}"]),
        ("\"unclosed quote", []),
        ("no quotes at all", []),
    ])
    func quotedSpans(query: String, expected: [String]) {
        let bytes = Array(query.utf8)
        let spans = QueryParser.quotedRanges(in: query).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(spans == expected)
    }
}
