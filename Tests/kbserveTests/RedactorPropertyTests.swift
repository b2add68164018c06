import Foundation
import Testing
import TestSupport

@testable import kbserve

/// Items 3 and 4: values of every kind, written in many forms and scripts, inside
/// sentences, never reach what is stored (search counts, feedback, unmatched diagnoses).
@Suite struct RedactorPropertyTests {
    /// A value and the pieces of it that must not survive.
    struct Value {
        var text: String
        var needles: [String]
    }

    static func digitsIn(_ script: UInt32, _ digits: String) -> String {
        String(String.UnicodeScalarView(digits.unicodeScalars.map { Unicode.Scalar(script + ($0.value - 0x30))! }))
    }

    static var values: [Value] {
        var values: [Value] = []
        // Dates of birth.
        for date in ["03/14/1985", "14/03/1985", "1985-03-14", "19850314", "3-14-85", "14.03.1985", "March 14, 1985",
                     "14 March 1985", "14th of March 1985", "the 14th of March, 1985", "March 14th 1985", "Mar 14 1985"] {
            values.append(Value(text: date, needles: ["1985", "14", "85"].filter { date.contains($0) }))
        }
        // PINs, codes and phone numbers, in ASCII and other scripts, with every joiner.
        for digits in ["583920", "48213", "9051177", "5552013344"] {
            for form in [digits, digits.chunked(2, "_"), digits.chunked(2, ","), digits.chunked(2, " "), digits.chunked(3, "-"),
                         digits.chunked(3, "."), Self.digitsIn(0xFF10, digits), Self.digitsIn(0x0660, digits), Self.digitsIn(0x06F0, digits),
                         Self.digitsIn(0x0966, digits), "+1 (" + digits.prefix(3) + ") " + digits.dropFirst(3)] {
                values.append(Value(text: form, needles: [String(digits.prefix(3)), String(digits.suffix(3))]))
            }
        }
        values.append(Value(text: "four eight two one three", needles: ["four eight", "two one"]))
        // E-mail addresses.
        for email in ["jane.patient@example.com", "jane.patient @ example.com", "jane.patient@ example.com", "jane.patient@example",
                      "jane.patient＠example.com", "jane.patient at example dot com", "jane.patient at example.com"] {
            values.append(Value(text: email, needles: ["jane.patient", "example"]))
        }
        // Passwords and codes with letters.
        for password in ["Hunter2!xyz", "P@ssw0rd99", "tr0ub4dor&3", "Sunsh1ne!", "AB12CD34"] {
            values.append(Value(text: password, needles: [password]))
        }
        return values
    }

    /// Sentences that carry a value; `{}` is where it goes.
    static let sentences = [
        "my pin is {} and it wont work", "I typed {} but it said invalid", "{}", "code {} not working",
        "born {} and the portal says no", "date of birth {}", "please call me at {} today", "my email is {} thanks",
        "the value was \"{}\".", "({})", "pin: {}", "security code {}!", "dob={}", "I entered {}, {} again",
    ]

    static let passwordSentences = ["my password {} is not accepted", "password: {}", "pw {}", "my password is {}", "password={} didn't work"]

    static let names = [
        ("my name is Jane Q Patient", ["Jane", "Patient"]), ("My name is jane patient and I can't sign in", ["jane", "patient"]),
        ("Hi, this is about my account.\nThanks,\nJane Patient", ["Jane", "Patient"]), ("I can't sign in. Regards, Jane Patient", ["Jane", "Patient"]),
        ("account of Mrs Patient is locked", ["Patient is"]), ("help for Jane Q Patient please", ["Jane"]),
        ("name: Jane Patient", ["Jane"]), ("From: Carol <carol@example.net>\nSubject: cant log in", ["Carol", "carol"]),
    ]

    @Test func noValueOfAnyKindSurvivesInAnyForm() {
        let redactor = Redactor()
        var checked = 0
        for value in Self.values {
            for sentence in Self.sentences {
                let text = sentence.replacingOccurrences(of: "{}", with: value.text)
                let redacted = redactor.redact(text)
                for needle in value.needles {
                    #expect(!redacted.contains(needle), "'\(text)' -> '\(redacted)' keeps '\(needle)'")
                }
                #expect(Self.longestDigitRun(redacted) < 3, "'\(text)' -> '\(redacted)'")
                checked += 1
            }
        }
        for password in ["Hunter2!xyz", "sunshine", "Correct-Horse", "letmein!"] {
            for sentence in Self.passwordSentences {
                let text = sentence.replacingOccurrences(of: "{}", with: password)
                let redacted = redactor.redact(text)
                #expect(!redacted.contains(password), "'\(text)' -> '\(redacted)'")
                checked += 1
            }
        }
        for (text, needles) in Self.names {
            let redacted = redactor.redact(text)
            for needle in needles { #expect(!redacted.contains(needle), "'\(text)' -> '\(redacted)'") }
        }
        #expect(checked == Self.values.count * Self.sentences.count + 4 * Self.passwordSentences.count)
    }

    @Test(arguments: [
        "reset my password", "pin wont work", "security code not working", "password requirements", "forgot password",
        "birthday not accepted", "my pin expired", "code never arrived", "Patient Fusion sign in", "2 factor login",
    ])
    func ordinaryQueriesStayReadable(query: String) {
        #expect(Redactor().redact(query) == query)
    }

    /// Item 4: the value across the 300-character cut is redacted whole, then the text is cut.
    @Test func diagnoseMessagesAreRedactedBeforeTheyAreCut() async throws {
        let searchLog = InMemorySearchLogStore()
        let components = try await Fixtures.components(searchLog: searchLog)
        let message = String(repeating: "x", count: 285) + " write jane.patient@example.com or 555 201 3344"
        _ = components.diagnoser.diagnose(.init(message: message), from: .init(address: "203.0.113.1"))
        let stored = try await searchLog.topTexts(kind: .diagnose, onlyWithoutResults: false, limit: 5)
        let text = try #require(stored.first?.text)
        #expect(text.count <= 300)
        #expect(!text.contains("jane"), "\(text)")
        #expect(!text.contains("patient"), "\(text)")
    }

    /// Everything the stores keep passes the redactor: search, feedback and diagnose.
    @Test func storedTextsCarryNoValues() async throws {
        let searchLog = InMemorySearchLogStore()
        let feedback = InMemoryFeedbackStore()
        let components = try await Fixtures.components(feedback: feedback, searchLog: searchLog)
        let texts = ["my password Hunter2!xyz fails", "pin ５８３９２０ no", "code ٥٨٣٩٢٠ invalid", "code 58_39_20", "mail jane @ example.com",
                     "born 14th of July 1985", "my name is Jane Q Patient"]
        for text in texts {
            _ = components.searcher.search(.init(query: text), from: .init(address: "203.0.113.1"))
            _ = components.diagnoser.diagnose(.init(message: text), from: .init(address: "203.0.113.1"))
            try await components.feedbackRecorder.record(article: "reset-password", helpful: false, comment: text, from: .init(address: "203.0.113.1"))
        }
        let stored = try await searchLog.topTexts(kind: .search, onlyWithoutResults: false, limit: 50).map(\.text)
            + searchLog.topTexts(kind: .diagnose, onlyWithoutResults: false, limit: 50).map(\.text)
            + feedback.all.compactMap(\.comment)
        #expect(stored.count == texts.count * 3)
        for needle in ["hunter2", "Hunter2", "583920", "58_39", "jane", "Jane", "1985", "July", "july", "example"] {
            #expect(!stored.contains { $0.contains(needle) }, "stored text contains \(needle): \(stored)")
        }
    }

    static func longestDigitRun(_ text: String) -> Int {
        var run = 0
        var longest = 0
        for character in text {
            run = character.isNumber ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}

extension String {
    fileprivate func chunked(_ size: Int, _ separator: String) -> String {
        var parts: [String] = []
        var rest = Substring(self)
        while !rest.isEmpty {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return parts.joined(separator: separator)
    }
}

/// The redactor keeps what is not personal: every dev query and troubleshooter message
/// (real wording) stays readable, only its values change.
@Suite struct RedactorReadabilityTests {
    @Test func devQueriesAndMessagesKeepTheirWords() throws {
        let queries = try String(contentsOf: RepoPaths.eval("kb-queries-dev.tsv"), encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t")[0]) }
        let redactor = Redactor()
        for query in queries {
            let redacted = redactor.redact(query)
            #expect(!redacted.contains(Redactor.removed) && !redacted.contains(Redactor.name) && !redacted.contains(Redactor.secret),
                    "\(query) -> \(redacted)")
        }
        let message = "Patient Fusion\n\nRegister\n\nDate of Birth\n\nThe date of birth is incorrect.\n\nContinue"
        #expect(redactor.redact(message).hasSuffix("Continue"), "a screen's closing button is not a signature")
        #expect(redactor.redact("When I click the link in the invitation I get a 404 Page Not Found").hasSuffix("Page Not Found"))
    }
}
