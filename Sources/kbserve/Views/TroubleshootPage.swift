import Diagnoser
import KnowledgeBase

/// `/troubleshoot`: paste an error message and optionally what was typed; shows the
/// ranked causes with steps and article links, and in agent view the reply to copy, the
/// office-staff guide for each cause's article, all staff guides and a staff search.
/// What was typed in the value fields is never shown back.
struct TroubleshootPage: PageView {
    static let template = "troubleshoot"

    struct ValueField: Sendable {
        var name: String
        var label: String
        var hint: String?
        var type: String
    }

    struct Option: Sendable {
        var value: String
        var name: String
        var selected: Bool
    }

    struct Cause: Sendable {
        var rank: Int
        var heading: String
        var likelihood: String
        var confidence: Int
        var explanation: String?
        var steps: [String]
        var articleTitle: String
        var articleURL: String
        var reply: String?
        var replyID: String
        var evidence: [String]
        var hasEvidence: Bool
        /// Agent view: the staff guides that support the cause's article.
        var officeGuides: [ArticleLink]
        var hasOfficeGuides: Bool
        /// What the doctor's office can do: shown in the agent view only.
        var office: [String]
        var hasOffice: Bool
    }

    /// The contract's value keys, in form order.
    static let valueFields: [ValueField] = [
        ValueField(name: "securityCode", label: "Security code", hint: "The code from the text message", type: "text"),
        ValueField(name: "pin", label: "PIN", hint: "The PIN from the invitation", type: "text"),
        ValueField(name: "dateOfBirth", label: "Date of birth", hint: "As it was typed", type: "text"),
        ValueField(name: "phone", label: "Phone number", hint: "As it was typed", type: "text"),
        ValueField(name: "email", label: "E-mail address", hint: nil, type: "text"),
        ValueField(name: "username", label: "Username", hint: nil, type: "text"),
        ValueField(name: "password", label: "New password", hint: "Only its shape is checked", type: "password"),
        ValueField(name: "link", label: "Link that was clicked", hint: nil, type: "text"),
    ]
    static let flows = ["registration", "password-reset", "sign-in", "messaging", "appointments"]

    var pageTitle = "Troubleshooter"
    var query = ""
    var message: String
    var agentView: Bool
    var formAction: String
    var otherViewURL: String
    var otherViewName: String
    var fields = TroubleshootPage.valueFields
    var flows: [Option]
    var submitted: Bool
    var problem: String?
    var recognizedError: String?
    var causes: [Cause]
    var hasCauses: Bool
    var searchResults: [ArticleLink]
    var nothingFound: Bool
    var notes: [String]
    /// Agent view: every guide for office staff.
    var staffGuides: [ArticleLink]
    var hasStaffGuides: Bool
    /// The two most likely causes are about as likely (said in the agent view).
    var closeCall: Bool

    init(message: String = "", flow: String? = nil, agentView: Bool, diagnosis: Diagnosis? = nil,
         knowledgeBase: KnowledgeBase? = nil, problem: String? = nil) {
        self.message = message
        self.agentView = agentView
        formAction = agentView ? "/troubleshoot?view=agent" : "/troubleshoot"
        otherViewURL = agentView ? "/troubleshoot" : "/troubleshoot?view=agent"
        otherViewName = agentView ? "Switch to the patient view" : "Switch to the agent view"
        flows = [Option(value: "", name: "Not sure", selected: flow == nil)]
            + Self.flows.map { Option(value: $0, name: $0.replacingOccurrences(of: "-", with: " ").capitalizedFirst, selected: $0 == flow) }
        submitted = diagnosis != nil
        self.problem = problem
        recognizedError = diagnosis?.error.flatMap { knowledgeBase?.error($0.id)?.message }
        let guides = agentView ? knowledgeBase?.articles.filter { $0.audience == .staff } ?? [] : []
        causes = (diagnosis?.causes ?? []).enumerated().map { offset, cause in
            let article = knowledgeBase?.article(cause.article.id)
            let heading = cause.article.anchor.flatMap { article?.section(anchor: $0)?.heading } ?? cause.article.title
            let office = Self.guides(guides, supporting: cause.article.id)
            return Cause(
                rank: offset + 1, heading: heading, likelihood: Self.likelihood(cause.confidence),
                confidence: Int((cause.confidence * 100).rounded()), explanation: cause.explanation.isEmpty ? nil : cause.explanation, steps: cause.steps,
                articleTitle: cause.article.title, articleURL: cause.article.url, reply: cause.reply.isEmpty ? nil : cause.reply,
                replyID: "reply-\(offset + 1)", evidence: cause.evidence, hasEvidence: !cause.evidence.isEmpty,
                officeGuides: office, hasOfficeGuides: !office.isEmpty,
                office: agentView ? cause.office : [], hasOffice: agentView && !cause.office.isEmpty
            )
        }
        hasCauses = !causes.isEmpty
        searchResults = (diagnosis?.searchResults ?? []).map { hit in
            knowledgeBase?.article(hit.id).map { ArticleLink($0, anchor: hit.anchor) }
                ?? ArticleLink(Article(id: hit.id, title: hit.title), anchor: hit.anchor)
        }
        nothingFound = submitted && causes.isEmpty
        notes = diagnosis?.notes ?? []
        closeCall = agentView && (diagnosis?.isCloseCall ?? false)
        staffGuides = guides.sorted { $0.title < $1.title }.map { ArticleLink($0) }
        hasStaffGuides = !staffGuides.isEmpty
    }

    /// The staff guides that link to the patient article `id`, in their body or `related`.
    static func guides(_ guides: [Article], supporting id: ArticleID) -> [ArticleLink] {
        guides.filter { guide in guide.related.contains(id) || guide.links.contains { $0.target == id } }.map { ArticleLink($0) }
    }

    static func likelihood(_ confidence: Double) -> String {
        switch confidence {
        case 0.75...: "Most likely"
        case 0.4..<0.75: "Likely"
        default: "Possible"
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
