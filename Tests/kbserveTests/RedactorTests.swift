import Testing

@testable import kbserve

@Suite struct RedactorTests {
    let redactor = Redactor()

    @Test(arguments: [
        ("my code is 48213", "my code is [number]"),
        ("call +1 (555) 201-3344 today", "call [phone] today"),
        ("phone 555.201.3344", "phone [phone]"),
        ("born 03/14/1985", "born [date]"),
        ("born 1985-03-14.", "born [date]."),
        ("born 14.03.85", "born [date]"),
        ("born March 14, 1985 in Ohio", "born [date] in Ohio"),
        ("born 14 March 1985", "born [date]"),
        ("write to jo.smith+x@example.co.uk please", "write to [email] please"),
        ("(jo@example.com)", "[email]"),
        ("pin 1234 and code 123 456", "pin [number] and code [number]"),
        ("moved my appt from 4/3 to 4/10", "moved my appt from [date] to [date]"),
        ("why was i billed for my 3/2 visit", "why was i billed for my [date] visit"),
        ("born 14/03", "born [date]"),
        ("nací el 14 de marzo de 1985", "nací el [date]"),
        ("mi cita del 3 de junio", "mi cita del [date]"),
        ("Nací en marzo de 1985", "Nací en [date]"),
        ("my appointment at 8:45 was cancelled", "my appointment at [time] was cancelled"),
        ("seen at 8:45am on 4/3", "seen at [time] on [date]"),
        ("la cita de las 14:30.", "la cita de las [time]."),
        ("my visit (8:45) moved", "my visit ([time]) moved"),
        ("they called at 9:05p.m. about my visit, not 9:15 pm", "they called at [time] about my visit, not [time] pm"),
    ])
    func redactsWhatCouldIdentifySomeone(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test(arguments: [
        "reset my password", "2 factor login", "error 12", "IE 11 cannot display", "may I sign in", "step 1 of 2", "it takes 3-4 days", "wait 1.5 hours",
        "I registered 3 days ago", "el código de seguridad de 6 dígitos",
        "a 16:9 screen", "error 25:99",
    ])
    func keepsOrdinaryText(input: String) {
        #expect(redactor.redact(input) == input)
    }

    @Test func noDigitRunOfThreeSurvives() {
        for text in ["a1234b", "x 99999999999 y", "0x800706d9", "code:12345!"] {
            let redacted = redactor.redact(text)
            var run = 0
            var longest = 0
            for character in redacted {
                run = character.isNumber ? run + 1 : 0
                longest = max(longest, run)
            }
            #expect(longest < 3, "\(text) -> \(redacted)")
        }
    }
}
