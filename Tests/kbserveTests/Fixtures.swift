import Testing
import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Logging

@testable import kbserve

/// A few articles built in code, and servers over them with in-memory stores.
enum Fixtures {
    static let securityCode = Article(
        id: "invalid-pin-or-security-code", title: "Invalid PIN or security code error message",
        summary: "Why the portal says your PIN or security code is invalid, and how to fix it.",
        category: "registration", aliases: ["pin wont work", "code not working"],
        errors: [
            ErrorMessage(id: "invalid-security-code", message: "Invalid security code", variants: ["The code you entered is incorrect"]),
            ErrorMessage(id: "invalid-pin", message: "Invalid PIN", variants: ["The PIN you entered is not valid"]),
        ],
        causes: [
            CauseDefinition(
                id: "code-is-sender-number", anchor: "the-code-is-the-sender-number", errors: ["invalid-security-code"],
                when: ["securityCode.digits == 6"], phrases: ["number the text came from"],
                explanation: "The code you entered has {securityCode.digits} digits. Security codes have 5.",
                steps: ["Open the newest text message from the portal.", "Type the 5-digit code in the Security code box."],
                reply: "Hi, the security code is the 5-digit number inside the text message, not the number it came from."
            ),
            CauseDefinition(
                id: "code-wrong-length", anchor: "the-code-is-not-5-digits", errors: ["invalid-security-code"], isDefault: true,
                when: ["securityCode.digits != 5 and securityCode.digits != 6"],
                explanation: "Security codes have exactly 5 digits.", steps: ["Type all 5 digits of the code."],
                reply: "Hi, please type the 5-digit code exactly as it appears in the text."
            ),
            CauseDefinition(
                id: "pin-mistyped", anchor: "the-pin-was-mistyped", errors: ["invalid-pin"], isDefault: true,
                explanation: "The PIN did not match the invitation.", steps: ["Type the PIN from the newest invitation."],
                reply: "Hi, please type the PIN from your newest invitation e-mail.",
                office: ["Read the patient the PIN shown in the Access code column of the Patient portal access window."]
            ),
        ],
        related: ["reset-password"], updated: "2026-11-20",
        sections: [
            Section(heading: "", level: 0, anchor: "", text: "If the portal says your code is invalid…", html: "<p>If the portal says your code is invalid…</p>"),
            Section(
                heading: "The code is the sender number", level: 2, anchor: "the-code-is-the-sender-number",
                text: "The security code is the 5-digit number inside the text message.",
                html: "<p>The security code is the 5-digit number inside the text message.</p>"
            ),
            Section(
                heading: "The code is not 5 digits", level: 2, anchor: "the-code-is-not-5-digits",
                text: "Security codes always have 5 digits.", html: "<p>Security codes always have 5 digits.</p>"
            ),
            Section(
                heading: "The PIN was mistyped", level: 2, anchor: "the-pin-was-mistyped",
                text: "Type the PIN from the newest invitation.", html: "<p>Type the PIN from the newest invitation.</p>"
            ),
        ],
        html: """
            <h1>Invalid PIN or security code error message</h1>
            <p>If the portal says your code is invalid…</p>
            <h2 id="the-code-is-the-sender-number">The code is the sender number</h2>
            <p>The security code is the 5-digit number inside the text message.</p>
            <h2 id="the-code-is-not-5-digits">The code is not 5 digits</h2>
            <p>Security codes always have 5 digits.</p>
            <h2 id="the-pin-was-mistyped">The PIN was mistyped</h2>
            <p>Type the PIN from the newest invitation.</p>
            """
    )

    static let resetPassword = Article(
        id: "reset-password", title: "Reset your password", summary: "How to reset a forgotten password.",
        category: "signing-in", aliases: ["forgot password", "cant log in"],
        errors: [ErrorMessage(id: "password-requirements", message: "Your new password does not meet the security requirements")],
        causes: [
            CauseDefinition(
                id: "password-too-weak", anchor: "password-rules", errors: ["password-requirements"], isDefault: true,
                explanation: "The new password breaks a rule.", steps: ["Use at least 8 characters with upper and lower case and a digit."],
                reply: "Hi, the new password needs at least 8 characters, upper and lower case letters and a digit."
            )
        ],
        related: ["invalid-pin-or-security-code"], updated: "2026-10-01",
        sections: [
            Section(heading: "", level: 0, anchor: "", text: "Forgot your password? Reset it from the sign-in page.", html: "<p>Forgot your password? Reset it from the sign-in page.</p>"),
            Section(heading: "Password rules", level: 2, anchor: "password-rules", text: "Passwords need 8 characters.", html: "<p>Passwords need 8 characters.</p>"),
        ],
        html: "<p>Forgot your password? Reset it from the sign-in page.</p><h2 id=\"password-rules\">Password rules</h2><p>Passwords need 8 characters.</p>"
    )

    static let contact = Article(
        id: "contact-support", title: "Contact <support> & your office", summary: "Who to call.", category: "getting-help",
        sections: [Section(heading: "", level: 0, anchor: "", text: "Call your doctor's office.", html: "<p>Call your doctor's office.</p>")],
        html: "<p>Call your doctor's office.</p>"
    )

    static let articles = [securityCode, resetPassword, contact]

    static var knowledgeBase: KnowledgeBase { KnowledgeBase(articles: articles) }

    /// Services over the fixture articles with in-memory stores.
    static func components(
        configuration: ServerConfiguration = ServerConfiguration(adminToken: "s3cret-token"),
        feedback: any FeedbackStore = InMemoryFeedbackStore(),
        searchLog: any SearchLogStore = InMemorySearchLogStore(),
        content: ContentSnapshot? = nil
    ) async throws -> ServerComponents {
        ServerComponents(
            content: ContentStore(content ?? ContentSnapshot(knowledgeBase: knowledgeBase)), feedback: feedback, searchLog: searchLog,
            views: try await PageRenderer.bundled(), assets: try Assets(), configuration: configuration
        )
    }

    /// The layout of a page at `path` in `language`, with the bundled interface text.
    static func chrome(_ language: Language = .original, path: String = "/") throws -> PageChrome {
        PageChrome(language: language, catalog: try StringCatalog(bundled: language), path: path)
    }

    /// A quiet logger: request lines are only wanted where a test captures them.
    static var quietLogger: Logger {
        var logger = Logger(label: "kbserve.test")
        logger.logLevel = .warning
        return logger
    }

    static func app(
        _ components: ServerComponents, logger: Logger = Fixtures.quietLogger, limits: ConnectionLimits = ConnectionLimits(),
        metrics: AppMetrics = AppMetrics()
    ) -> some ApplicationProtocol {
        makeApplication(router: buildRouter(components, metrics: metrics).buildResponder(), limits: limits, logger: logger)
    }
}

extension ServerConfiguration {
    /// This configuration with every word of a search kept in the log (`UnknownWordGate` with
    /// a threshold of 1): for tests of what insights count, where a made-up word ("zzqx") must
    /// reach the log from one search. What the log withholds is tested in `UnknownWordGateTests`.
    func keepingEveryWord() -> ServerConfiguration {
        var configuration = self
        configuration.unknownWordThreshold = 1
        return configuration
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any])
    }
}


extension FeedbackStore {
    /// Adds `feedback` whatever its date and however many votes its day has: the stores'
    /// reading tests set their votes' dates freely (`FeedbackBoundsTests` checks the bounds).
    func add(_ feedback: Feedback) async throws {
        _ = try await add(feedback, within: FeedbackBounds(oldestKept: .distantPast, dayStart: .distantFuture, maxPerDay: 1))
    }
}

extension SearchLogStore {
    /// The most counted texts of `kind` over the days kept, every language together: what the
    /// stores' tests read when languages are not what they check.
    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) async throws -> [TextCount] {
        try await topTexts(kind: kind, onlyWithoutResults: onlyWithoutResults, limit: limit, language: nil)
    }
}
