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
        /// "(82% confidence)", in the page's language.
        var confidenceText: String
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

    /// The contract's value keys, in form order; labels are `ts_field_<name>`, hints `ts_hint_<name>`.
    static let valueFieldNames = ["securityCode", "pin", "dateOfBirth", "phone", "email", "username", "password", "link"]
    static let flows = ["registration", "password-reset", "sign-in", "messaging", "appointments"]

    /// The value fields with their labels and hints in `catalog`'s language.
    static func valueFields(_ catalog: StringCatalog) -> [ValueField] {
        valueFieldNames.map { name in
            ValueField(
                name: name, label: catalog["ts_field_" + name],
                hint: catalog.text("ts_hint_" + name),
                type: name == "password" ? "password" : "text"
            )
        }
    }

    var chrome: PageChrome
    /// The interface text (`{{t.key}}`): the chrome's catalog, stored for the templates.
    let t: StringCatalog
    var pageTitle: String
    var query = ""
    var message: String
    var agentView: Bool
    var formAction: String
    var otherViewURL: String
    var otherViewName: String
    var fields: [ValueField]
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
    /// "Still stuck?" when nothing matched, escaped, with its link.
    var stillStuckHTML: String

    /// - Parameter searchID: the answer's id, carried by each cause's article link with the cause's rank.
    init(message: String = "", flow: String? = nil, agentView: Bool, diagnosis: Diagnosis? = nil, searchID: SearchID? = nil,
         knowledgeBase: KnowledgeBase? = nil, problem: String? = nil, chrome: PageChrome) {
        self.chrome = chrome
        self.t = chrome.t
        let t = chrome.t  // (the stored `t` is not readable before every property is set)
        let language = t.language
        pageTitle = t["ts_title"]
        fields = Self.valueFields(t)
        self.message = message
        self.agentView = agentView
        formAction = Paths.troubleshoot(language, agentView: agentView)
        otherViewURL = Paths.troubleshoot(language, agentView: !agentView)
        otherViewName = agentView ? t["ts_switch_to_patient"] : t["ts_switch_to_agent"]
        flows = [Option(value: "", name: t["ts_flow_unsure"], selected: flow == nil)]
            + Self.flows.map { Option(value: $0, name: t["ts_flow_" + $0], selected: $0 == flow) }
        submitted = diagnosis != nil
        self.problem = problem
        recognizedError = diagnosis?.error.flatMap { knowledgeBase?.error($0.id)?.message }.map { t.format("ts_recognised", ["error": $0]) }
        stillStuckHTML = t.html("ts_still_stuck", links: ["gettingHelp": ("footer_getting_help_link", Paths.category("getting-help", language: language))])
        let guides = agentView ? knowledgeBase?.articles.filter { $0.audience == .staff } ?? [] : []
        causes = (diagnosis?.causes ?? []).enumerated().map { offset, cause in
            let article = knowledgeBase?.article(cause.article.id)
            let heading = cause.article.anchor.flatMap { article?.section(anchor: $0)?.heading } ?? cause.article.title
            let office = Self.guides(guides, supporting: cause.article.id, language: language)
            return Cause(
                rank: offset + 1, heading: heading, likelihood: t[Self.likelihoodKey(cause.confidence)],
                confidence: Int((cause.confidence * 100).rounded()),
                confidenceText: t.format("ts_confidence", ["percent": String(Int((cause.confidence * 100).rounded()))]), explanation: cause.explanation.isEmpty ? nil : cause.explanation, steps: cause.steps,
                articleTitle: cause.article.title, articleURL: Paths.result(Paths.translate(cause.article.url, to: language), searchID: searchID, position: offset + 1), reply: cause.reply.isEmpty ? nil : cause.reply,
                replyID: "reply-\(offset + 1)", evidence: cause.evidence, hasEvidence: !cause.evidence.isEmpty,
                officeGuides: office, hasOfficeGuides: !office.isEmpty,
                office: agentView ? cause.office : [], hasOffice: agentView && !cause.office.isEmpty
            )
        }
        hasCauses = !causes.isEmpty
        searchResults = (diagnosis?.searchResults ?? []).map { hit in
            knowledgeBase?.article(hit.id).map { ArticleLink($0, anchor: hit.anchor, language: language) }
                ?? ArticleLink(Article(id: hit.id, title: hit.title), anchor: hit.anchor, language: language)
        }
        nothingFound = submitted && causes.isEmpty
        notes = diagnosis?.notes ?? []
        closeCall = agentView && (diagnosis?.isCloseCall ?? false)
        staffGuides = guides.sorted { $0.title < $1.title }.map { ArticleLink($0, language: language) }
        hasStaffGuides = !staffGuides.isEmpty
    }

    /// The staff guides that link to the patient article `id`, in their body or `related`.
    static func guides(_ guides: [Article], supporting id: ArticleID, language: Language = .original) -> [ArticleLink] {
        guides.filter { guide in guide.related.contains(id) || guide.links.contains { $0.target == id } }
            .map { ArticleLink($0, language: language) }
    }

    /// The catalog key of how likely a cause is.
    static func likelihoodKey(_ confidence: Double) -> String {
        switch confidence {
        case 0.75...: "ts_most_likely"
        case 0.4..<0.75: "ts_likely"
        default: "ts_possible"
        }
    }
}
