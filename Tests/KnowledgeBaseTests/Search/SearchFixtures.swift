@testable import KnowledgeBase

/// Small articles built in code for ranking tests.
enum SearchFixtures {
    static func section(_ heading: String, _ anchor: String, _ text: String, level: Int = 2) -> Section {
        Section(heading: heading, level: level, anchor: anchor, text: text, html: "")
    }

    /// A searcher over `articles` whose ranking is the standard one with `adjust` applied: for
    /// a test of one ranking parameter.
    static func searcher(_ articles: [Article], synonyms: SynonymTable = .builtIn,
                         adjusting adjust: (inout RankingParameters) -> Void) -> Searcher {
        var ranking = RankingParameters.standard
        adjust(&ranking)
        return Searcher(index: IndexBuilder(synonyms: synonyms).build(articles), ranking: ranking)
    }

    /// An article whose whole text is one section without a heading.
    static func article(_ id: ArticleID, _ title: String, category: Category, aliases: [String] = [], text: String) -> Article {
        Article(id: id, title: title, category: category, aliases: aliases, sections: [section("", "", text, level: 0)])
    }

    static let articles: [Article] = [
        Article(
            id: "invalid-pin-or-security-code", title: "Invalid PIN or security code", category: "registration",
            aliases: ["pin wont work", "code not accepted"],
            errors: [ErrorMessage(id: "invalid-pin", message: "The PIN you entered is not valid. Please check the PIN and try again.")],
            sections: [
                section("", "", "Your practice gives you a PIN to register.", level: 0),
                section("The code is the sender number", "the-code-is-the-sender-number",
                        "If you typed a six digit code, you probably typed the number the text came from. Security codes have five digits."),
                section("Your PIN expired", "your-pin-expired", "A PIN is valid for 30 days. Ask your practice for a new PIN."),
            ]),
        Article(
            id: "reset-password", title: "Reset your password", category: "signing-in",
            aliases: ["forgot password"],
            sections: [
                section("", "", "Use the Forgot password link on the sign in page.", level: 0),
                section("Password requirements", "password-requirements",
                        "A new password needs at least 8 characters, an uppercase letter, a lowercase letter and a digit. <script>alert(1)</script> & more."),
            ]),
        Article(
            id: "date-of-birth-incorrect", title: "Date of birth is not accepted", category: "registration",
            sections: [section("", "", "Type the date of birth as mm/dd/yyyy, the way your practice has it on file.", level: 0)]),
        Article(
            id: "appointment-time-one-hour-off", title: "Appointment time is wrong by an hour", category: "appointments",
            sections: [section("", "", "After daylight saving time changes, check the time zone of your computer.", level: 0)]),
        Article(
            id: "system-requirements", title: "Supported browsers", category: "browser-and-device",
            sections: [section("", "", "Internet Explorer is not supported. Use a current version of Chrome, Edge, Firefox or Safari.", level: 0)]),
        Article(
            id: "phone-number-does-not-match", title: "Phone number does not match our records", category: "registration",
            sections: [section("", "", "The mobile phone number must be the one your practice has on file.", level: 0)]),
        Article(
            id: "messages", title: "Send a message to your practice", category: "messaging",
            sections: [section("", "", "Messages you receive appear in your inbox. Attach a file with the paperclip.", level: 0)]),
        Article(
            id: "passes", title: "Visitor passes", category: "getting-help",
            sections: [section("", "", "A pass lets a visitor in. Show the pass at the desk.", level: 0)]),
    ]

    static let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))

    static func ids(_ query: String, category: Category? = nil) -> [String] {
        searcher.search(SearchRequest(query: query, category: category)).hits.map(\.id.rawValue)
    }
}
