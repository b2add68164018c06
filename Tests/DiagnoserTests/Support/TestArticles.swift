import KnowledgeBase

/// Small articles built in code for unit tests, independent of Content/.
enum TestArticles {
    static let codes = Article(
        id: "codes", title: "Invalid PIN or code",
        aliases: ["code not working"],
        errors: [
            ErrorMessage(id: "invalid-pin", message: "Invalid PIN", variants: ["The PIN you entered is not valid"]),
            ErrorMessage(id: "invalid-security-code", message: "Invalid security code", variants: ["The code you entered is incorrect"]),
        ],
        causes: [
            CauseDefinition(id: "code-six", anchor: "six", errors: ["invalid-security-code"], when: ["securityCode.digits == 6"],
                            phrases: ["six digit code"], explanation: "The code you entered has {securityCode.digits} digits. Codes have 5.",
                            steps: ["Open the text."], reply: "Hi, the code has 5 digits."),
            CauseDefinition(id: "code-old", anchor: "old", errors: ["invalid-security-code"], isDefault: true,
                            when: ["codesRequested > 1 and securityCode.wellFormed"], phrases: ["asked for a new code"],
                            explanation: "Only the newest code works.", steps: ["Use the newest text."], reply: "Hi, use the newest code."),
            CauseDefinition(id: "pin-typo", anchor: "typo", errors: ["invalid-pin"], isDefault: true,
                            explanation: "The PIN did not match.", steps: ["Type it slowly."], reply: "Hi, type the PIN again."),
            CauseDefinition(id: "pin-old", anchor: "old-pin", errors: ["invalid-pin"], when: ["invitationsSent > 1"],
                            phrases: ["a second invitation"], explanation: "A newer invitation replaced the PIN.",
                            steps: ["Use the newest email."], reply: "Hi, use the newest invitation."),
        ]
    )

    static let email = Article(
        id: "email", title: "Registration email missing",
        aliases: ["never got the registration email"],
        causes: [
            CauseDefinition(id: "not-received", anchor: "", isDefault: true, phrases: ["didn't get the email"],
                            explanation: "The email did not arrive.", steps: ["Check spam."], reply: "Hi, check your spam folder."),
            CauseDefinition(id: "typo", anchor: "typo", when: ["email.domainTypo"],
                            explanation: "The address looks misspelled.", steps: ["Fix the address."], reply: "Hi, the address may be misspelled."),
        ]
    )

    static let outage = Article(
        id: "outage", title: "System unavailable",
        errors: [ErrorMessage(id: "system-unavailable", message: "Sorry, it looks like our system is temporarily unavailable")],
        causes: [CauseDefinition(id: "outage", anchor: "", errors: ["system-unavailable"], isDefault: true,
                                 explanation: "The portal is down.", steps: ["Wait."], reply: "Hi, try again later.")]
    )

    static let all = [codes, email, outage]
}
