import Foundation
import Testing

@testable import kbserve

/// The shortcuts of the request path (plain text skips Foundation) give what the general code gives.
@Suite struct FastPathTests {
    @Test(arguments: [
        ("plain", "plain"), ("a+b", "a b"), ("a%20b", "a b"), ("a+b%2Bc", "a b+c"), ("100%", "100%"),
        ("%E2%80%A8x", "\u{2028}x"), ("%e2%80%a9", "\u{2029}"), ("caf%C3%A9", "café"), ("", ""), ("a%00b", "a\u{0}b"),
        ("x+%zz+y", "x %zz y"), ("bad+%C3+utf8", "bad %C3 utf8"), ("%2", "%2"), ("ab%", "ab%"), ("%%41", "%%41"),
        ("%F0%9F%98%80", "😀"),
    ])
    func formFieldsDecodePlusAndPercentEscapes(encoded: String, decoded: String) {
        #expect(FormFields.decode(Substring(encoded)) == decoded)
    }

    @Test func queryStringsDecodeFields() {
        let fields = FormFields("q=reset+my%20password&limit=5&empty=&flag")
        #expect(fields["q"] == "reset my password")
        #expect(fields["limit"] == "5")
        #expect(fields["empty"] == "")
        #expect(fields["flag"] == "")
    }

    @Test(arguments: ["plain", " padded\t", "\n", "", "tab\t", "\u{00A0}nbsp\u{2003}", "\u{2028}x\u{85}", "x\u{1F}", "é"])
    func trimmingMatchesFoundation(text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func pathsEncodeWhatIsNotUnreserved() {
        #expect(Paths.article("reset-password", anchor: "a_b.c~d") == "/articles/reset-password#a_b.c~d")
        #expect(Paths.article("café/x?y#z") == "/articles/caf%C3%A9%2Fx%3Fy%23z")
        #expect(Paths.article("a", anchor: "it's") == "/articles/a#it's")
        #expect(Paths.search("a/b c") == "/search?q=a%2Fb%20c")
        #expect(Paths.search("reset-password_1.x~") == "/search?q=reset-password_1.x~")
    }

    @Test(arguments: [
        ("march [number]", "[date]"), ("mail a@b.co", "mail [email]"), ("plain words only", "plain words only"),
        ("[brackets] stay", "[brackets] stay"), ("", ""),
    ])
    func redactorShortcutKeepsBehaviour(input: String, expected: String) {
        #expect(Redactor().redact(input) == expected)
    }

    @Test func searchLogCountsTrimmedLowercasedTextAndSkipsBlanks() async throws {
        let store = InMemorySearchLogStore()
        for text in ["  Reset Password\n", "reset password", " \t ", "", "\u{00A0}zzz"] {
            store.record(SearchLogEntry(kind: .search, text: text, resultCount: text.contains("zzz") ? 0 : 2))
        }
        let top = try await store.topTexts(kind: .search, onlyWithoutResults: false, limit: 10)
        #expect(top == [TextCount(text: "reset password", count: 2), TextCount(text: "zzz", count: 1)])
        let empty = try await store.topTexts(kind: .search, onlyWithoutResults: true, limit: 10)
        #expect(empty == [TextCount(text: "zzz", count: 1)])
    }
}
