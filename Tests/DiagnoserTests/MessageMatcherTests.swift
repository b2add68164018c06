import Testing
@testable import Diagnoser

@Suite struct MessageMatcherTests {
    let diagnoser = Diagnoser(articles: TestArticles.all)

    func error(_ message: String) -> MessageMatcher.ErrorMatch? {
        diagnoser.matcher.bestError(in: MessageTokenizer().tokens(message))
    }

    @Test func exactMessageIsNearlyCertain() throws {
        let match = try #require(error("Invalid security code"))
        #expect(match.id == "invalid-security-code")
        #expect(match.confidence >= 0.97)
    }

    @Test(arguments: [
        ("INVALID PIN!!", "invalid-pin"),
        ("invalid  p.i.n", nil),
        ("Invalid securty code", "invalid-security-code"),
        ("Invlaid security code", "invalid-security-code"),
        ("the pin you entered is not valid", "invalid-pin"),
        ("Hi, my mom keeps getting \"Invalid PIN\" when she signs up, can you help?", "invalid-pin"),
        ("Screenshot text:\nPatient Fusion\nInvalid security\ncode\nTry again", "invalid-security-code"),
        ("it says our system is temporarily unavailable", "system-unavailable"),
        ("I'd like to book an appointment", nil),
        ("my code", nil),
    ] as [(String, String?)])
    func recognises(message: String, expected: String?) {
        #expect(error(message)?.id == expected)
    }

    @Test func partialPasteScoresLowerThanTheWholeMessage() throws {
        let whole = try #require(error("Sorry, it looks like our system is temporarily unavailable"))
        let part = try #require(error("system is temporarily unavailable"))
        #expect(part.id == "system-unavailable")
        #expect(part.confidence < whole.confidence)
        #expect(part.confidence > 0.5)
    }

    @Test func typoScoresLowerThanExact() throws {
        let exact = try #require(error("Invalid security code"))
        let typo = try #require(error("Invalid securty code"))
        #expect(typo.confidence < exact.confidence)
    }

    @Test func masksVariableParts() {
        let tokens = MessageTokenizer().tokens("Email ann@example.org, link https://x.example/a?b=1 on 06/15/1970 code 123456 doctor's 404")
        let kinds = tokens.map(\.kind)
        #expect(kinds.contains(.email))
        #expect(kinds.contains(.url))
        #expect(kinds.contains(.date))
        #expect(kinds.contains(.number))
        #expect(tokens.contains { $0.text == Array("doctors".utf8) })
        #expect(tokens.contains { $0.text == Array("404".utf8) })
    }

    @Test func findsValuesInTheMessage() {
        let found = MessageValueExtractor().find(in: "She used +1 555 201 3344, born 06/15/1970, code 123456, mail ann@gmial.com. See https://x.example/r")
        #expect(found.phones.count == 1)
        #expect(found.dates.count == 1)
        #expect(found.codes.count == 1)
        #expect(found.emails.count == 1)
        #expect(found.links.count == 1)
    }
}
