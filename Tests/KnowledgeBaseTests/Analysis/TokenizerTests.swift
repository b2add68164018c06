import Testing
@testable import KnowledgeBase

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func terms(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.term) }

    @Test func keepsErrorCodesHexAndNumbers() {
        let found = terms("error C2001 then LNK2019, HRESULT 0x800706d9 (HTTP 404) and C4633.")
        #expect(found == ["error", "C2001", "then", "LNK2019", "HRESULT", "0x800706d9", "HTTP", "404", "and", "C4633"])
    }

    @Test func dottedWordsGiveThePartsAndTheWhole() {
        let tokens = tokenizer.tokenize("load system.dll now")
        #expect(tokens.map(\.term) == ["load", "system", "system.dll", "dll", "now"])
        #expect(tokens.map(\.positionIncrement) == [1, 1, 0, 1, 1])
    }

    @Test func hyphenatedWordsAreAlsoJoined() {
        #expect(terms("e-mail") == ["e", "email", "mail"])
        #expect(terms("wi-fi") == ["wi", "wifi", "fi"])
        #expect(terms("non-inline namespace") == ["non", "noninline", "inline", "namespace"])
    }

    @Test func emailAddressesStayWhole() {
        #expect(terms("write to jane.doe@example.com today") ==
            ["write", "to", "jane", "jane.doe@example.com", "doe", "example", "com", "today"])
    }

    @Test func contractionsAreOneToken() {
        #expect(terms("PIN can't work, won’t work") == ["PIN", "can't", "work", "won’t", "work"])
    }

    @Test func punctuationAtTheEdgesIsNotPartOfAWord() {
        #expect(terms("main.cpp(76): end. -start 'quoted'") == ["main", "main.cpp", "cpp", "76", "end", "start", "quoted"])
    }

    @Test func offsetsPointIntoTheSourceText() {
        let text = "Café C2001 wi-fi"
        let utf8 = Array(text.utf8)
        for token in tokenizer.tokenize(text) where token.positionIncrement > 0 {
            #expect(String(decoding: utf8[token.start..<token.end], as: UTF8.self) == token.term)
        }
        let whole = tokenizer.tokenize(text).first { $0.positionIncrement == 0 }
        #expect(whole.map { String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) } == "wi-fi")
    }

    @Test func overlongTokensAreSkipped() {
        let blob = String(repeating: "a", count: 100)
        #expect(terms("before \(blob) after") == ["before", "after"])
    }
}
