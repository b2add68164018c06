import Foundation
import Testing
@testable import KnowledgeBase
import TestSupport

/// The help articles in `Content/` against the contracts of `../shared/spec`: topic ids and
/// categories, error and cause ownership, section anchors, links and front matter shape. The
/// `when:` lines and `{fact}` placeholders are checked against the Diagnoser's `FactCatalog` in
/// DiagnoserTests (`ContentAccuracyTests`).
@Suite struct ContentContractTests {
    let kb: KnowledgeBase
    let spec: ContentSpec

    init() throws {
        kb = try ContentFixture.knowledgeBase()
        spec = try ContentSpec.load()
    }

    @Test func loadsWithoutProblems() {
        #expect(kb.report.errors.isEmpty, "\(kb.report.errors)")
        #expect(kb.report.warnings.isEmpty, "\(kb.report.warnings)")
        #expect(kb.report.skipped == 0)
    }

    /// What `kbserve check --content Content` reports.
    @Test func contentCheckerIsClean() throws {
        let loaded = try ContentLoader(directory: RepoPaths.content).load()
        let problems = ContentChecker().check(loaded)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// The 35 patient articles are exactly the topics of the two briefs, each in its category.
    @Test func everyTopicLoadsWithItsCategory() throws {
        try #require(spec.topics.count == 35, "topics.md and topics-howto.md should list 35 topics, found \(spec.topics.count)")
        try #require(spec.howToTopics.map(\.id).first == "cancel-appointment" && spec.howToTopics.count == 10)
        for topic in spec.topics {
            let article = try #require(kb.article(ArticleID(topic.id)), "no article '\(topic.id)'")
            #expect(article.category?.rawValue == topic.category, "\(topic.id)")
            #expect(article.audience == .patient, "\(topic.id) is a patient article")
            #expect(Category.known.contains(Category(rawValue: topic.category)))
        }
        let patientIDs = Set(kb.articles(visibleTo: .patient).map(\.id.rawValue))
        #expect(patientIDs == Set(spec.topics.map(\.id)), "patient articles that are not topics")
        #expect(Set(spec.howToTopics.map(\.category)).contains("your-account"))
    }

    /// Guides for office staff: at least four, in `Content/staff/`, each supporting (linking)
    /// a patient article, and none of them a topic id.
    @Test func staffGuidesSupportPatientArticles() throws {
        let staff = kb.articles.filter { $0.audience == .staff }
        #expect(staff.count >= 4, "\(staff.count) staff guides")
        let topicIDs = Set(spec.topics.map(\.id))
        for guide in staff {
            #expect(guide.sourcePath.hasPrefix("staff/"), "\(guide.id) is in \(guide.sourcePath)")
            #expect(!topicIDs.contains(guide.id.rawValue))
            let supported = guide.links.compactMap { kb.article($0.target) }.filter { $0.audience == .patient }
            #expect(!supported.isEmpty, "\(guide.id) links no patient article")
            #expect(guide.errors.isEmpty && guide.causes.isEmpty, "\(guide.id) feeds the Diagnoser")
        }
        for article in kb.articles where article.sourcePath.hasPrefix("staff/") {
            #expect(article.audience == .staff, "\(article.sourcePath) is in staff/ but not 'audience: staff'")
        }
        for article in kb.articles(visibleTo: .patient) {
            for related in article.related { #expect(kb.article(related)?.audience == .patient, "\(article.id) → \(related)") }
            for link in article.links { #expect(kb.article(link.target)?.audience == .patient, "\(article.id) → \(link.target)") }
        }
    }

    /// The how-to articles answer "how do I…": steps, and what to do before and after.
    @Test func howToArticlesHaveTheHowToShape() throws {
        for topic in spec.howToTopics {
            let article = try #require(kb.article(ArticleID(topic.id)))
            #expect(article.section(anchor: "before-you-start") != nil, "\(topic.id): no 'Before you start'")
            #expect(article.html.contains("<ol>"), "\(topic.id): no numbered steps")
        }
        let html = spec.howToTopics.compactMap { kb.article(ArticleID($0.id)) }.filter { $0.format == .html }
        #expect(html.count >= 2, "\(html.count) how-to articles in HTML")
    }

    /// The triage and overview articles point to the how-to articles where they meet.
    @Test func overviewArticlesLinkTheHowToArticles() throws {
        let expected: [String: [String]] = [
            "trouble-logging-in": ["sign-in-and-sign-out", "update-contact-information"],
            "how-patient-fusion-works": [
                "send-secure-message", "book-appointment-online", "reschedule-appointment", "cancel-appointment",
                "link-records-one-account", "connect-apps-to-health-record", "automatic-portal-invitation",
            ],
            "get-assistance": ["update-contact-information", "sign-in-and-sign-out", "send-secure-message", "cancel-appointment"],
        ]
        for (id, targets) in expected {
            let links = Set(try #require(kb.article(ArticleID(id))).links.map(\.target.rawValue))
            for target in targets { #expect(links.contains(target), "\(id) does not link \(target)") }
        }
        // Every how-to article is linked or listed as related by at least one of the 25.
        let troubleshooting = spec.topics.prefix(25).compactMap { kb.article(ArticleID($0.id)) }
        for topic in spec.howToTopics {
            let pointing = troubleshooting.filter { $0.related.contains(ArticleID(topic.id)) || $0.links.contains { $0.target.rawValue == topic.id } }
            #expect(!pointing.isEmpty, "nothing of the 25 points to \(topic.id)")
        }
    }

    @Test func fileNamesAreTheIDs() {
        for article in kb.articles {
            let name = URL(fileURLWithPath: article.sourcePath).deletingPathExtension().lastPathComponent
            #expect(name == article.id.rawValue, "\(article.sourcePath)")
        }
    }

    @Test func frontMatterIsComplete() {
        for article in kb.articles(visibleTo: .patient) {
            let id = article.id.rawValue
            #expect(!article.title.isEmpty, "\(id): title")
            #expect(!article.summary.isEmpty && article.summary.hasSuffix("."), "\(id): summary should be one sentence")
            #expect((5...15).contains(article.aliases.count), "\(id): \(article.aliases.count) aliases")
            #expect(Set(article.aliases.map { $0.lowercased() }).count == article.aliases.count, "\(id): duplicate aliases")
            #expect((2...4).contains(article.related.count), "\(id): \(article.related.count) related")
            for related in article.related {
                #expect(related != article.id && kb.article(related) != nil, "\(id): related '\(related)'")
            }
            #expect(article.updated?.wholeMatch(of: /2026-1[12]-\d\d/) != nil, "\(id): updated")
            #expect(article.section(anchor: "still-stuck") != nil, "\(id): no 'Still stuck?' section")
        }
    }

    @Test func atLeastFiveArticlesAreHTML() {
        let html = kb.articles.filter { $0.format == .html }
        #expect(html.count >= 5, "\(html.count) HTML articles")
        #expect(kb.articles.count - html.count >= 5, "most articles should be Markdown")
    }

    @Test func everyErrorIsClaimedByItsArticleOnly() throws {
        try #require(spec.errors.count == 13, "diagnoser.md should list 13 errors, found \(spec.errors.count)")
        var claims: [String: [String]] = [:]
        for article in kb.articles {
            for error in article.errors {
                claims[error.id, default: []].append(article.id.rawValue)
                #expect(!error.message.isEmpty, "\(article.id): '\(error.id)' has no message")
            }
        }
        for error in spec.errors {
            #expect(claims[error.id] == [error.article], "\(error.id): claimed by \(claims[error.id] ?? [])")
        }
        #expect(Set(claims.keys) == Set(spec.errors.map(\.id)), "error ids outside the contract")
    }

    @Test func everyCauseIsDefinedInItsArticleAtASectionAnchor() throws {
        try #require(spec.causes.count == 27, "diagnoser.md should list 27 causes, found \(spec.causes.count)")
        var definitions: [String: [Article]] = [:]
        for article in kb.articles {
            for cause in article.causes { definitions[cause.id, default: []].append(article) }
        }
        for cause in spec.causes {
            let owners = definitions[cause.id] ?? []
            #expect(owners.map(\.id.rawValue) == [cause.article], "\(cause.id): defined in \(owners.map(\.id))")
            guard let article = owners.first, let definition = article.causes.first(where: { $0.id == cause.id })
            else { continue }
            let section = article.section(anchor: definition.anchor)
            #expect(section != nil, "\(cause.id): '\(definition.anchor)' is not a section of \(article.id)")
            #expect(section.map { $0.level >= 2 && !$0.text.isEmpty } ?? false, "\(cause.id): empty section")
        }
        #expect(Set(definitions.keys) == Set(spec.causes.map(\.id)), "cause ids outside the contract")
    }

    @Test func causesExplainTheirArticlesErrorsWithOneDefaultEach() {
        let errorOwner = Dictionary(uniqueKeysWithValues: spec.errors.map { ($0.id, $0.article) })
        var defaults: [String: [String]] = [:]
        var explained: Set<String> = []
        for article in kb.articles {
            for cause in article.causes {
                for error in cause.errors {
                    #expect(errorOwner[error] == article.id.rawValue, "\(cause.id) explains '\(error)' of another article")
                    explained.insert(error)
                    if cause.isDefault { defaults[error, default: []].append(cause.id) }
                }
                if cause.isDefault { #expect(!cause.errors.isEmpty, "\(cause.id): default without an error") }
            }
        }
        for error in spec.errors {
            #expect(explained.contains(error.id), "no cause explains \(error.id)")
            #expect(defaults[error.id]?.count == 1, "\(error.id): defaults \(defaults[error.id] ?? [])")
        }
    }

    @Test func causesCarryPlainWordsForThePatient() {
        for article in kb.articles {
            for cause in article.causes {
                let id = cause.id
                #expect(!cause.explanation.isEmpty, "\(id): explanation")
                #expect((3...6).contains(cause.steps.count), "\(id): \(cause.steps.count) steps")
                #expect(!cause.phrases.isEmpty, "\(id): phrases")
                #expect(cause.reply.hasPrefix("Hi"), "\(id): reply should greet the patient")
                #expect(!cause.reply.contains("{"), "\(id): reply is pasted as is; no placeholders")
                #expect(cause.reply.lowercased().contains("you"), "\(id): reply in second person")
            }
        }
    }

    /// The brief names a cause of "Phone number does not match records" as "typing a country code
    /// or extension"; the section that explains it names the country code in the patient's words
    /// too, in both languages, not only as a "1 or +1" (a patient asks about "the country code").
    @Test func thePhoneFormatSectionNamesTheCountryCode() throws {
        for (kb, name) in [(kb, "country code"), (try ContentFixture.spanishKnowledgeBase(), "código de país")] {
            let section = kb.article("phone-number-does-not-match")?.sections.first { $0.anchor == "number-typed-in-a-different-format" }
            #expect(section?.text.lowercased().contains(name) == true, "\(name) in \(section?.text ?? "no section")")
        }
    }

    @Test func linksPointAtExistingArticlesAndAnchors() {
        var count = 0
        for article in kb.articles {
            for link in article.links {
                count += 1
                guard let target = kb.article(link.target) else {
                    Issue.record("\(article.id) line \(link.line ?? 0): no article '\(link.target)'")
                    continue
                }
                if let anchor = link.anchor, !anchor.isEmpty {
                    #expect(target.section(anchor: anchor) != nil, "\(article.id): no '#\(anchor)' in \(target.id)")
                }
            }
        }
        #expect(count >= 50, "only \(count) internal links found")
    }

    @Test func hubLinksEveryErrorArticleAndTriageLinksTheDetails() throws {
        let hub = try #require(kb.article("login-error-messages"))
        #expect(hub.html.contains("<table"), "the hub keeps its table")
        let hubTargets = Set(hub.links.map(\.target.rawValue))
        for error in spec.errors where error.id != "doctor-not-found" {
            #expect(hubTargets.contains(error.article), "hub has no link to \(error.article) (\(error.id))")
        }
        let triage = try #require(kb.article("trouble-logging-in"))
        let triageTargets = Set(triage.links.map(\.target.rawValue))
        for id in ["forgot-username", "reset-password", "clear-browser-cache", "system-requirements", "login-error-messages"] {
            #expect(triageTargets.contains(id), "triage has no link to \(id)")
        }
    }

    @Test func htmlArticlesLoseTheirInlineStyles() {
        for article in kb.articles where article.format == .html {
            #expect(!article.html.contains("style="), "\(article.id): inline style kept")
        }
    }

    @Test func synonymFileLoads() throws {
        let url = RepoPaths.content.appendingPathComponent(SynonymTable.fileName)
        let loaded = try #require(try SynonymTable.load(from: url))
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        let table = loaded.table
        let phrases = Set(table.rules.flatMap { $0.phrases + ($0.targets ?? []) })
        for phrase in ["dob", "birthday", "sign in", "log in", "security code", "text code", "internet explorer"] {
            #expect(phrases.contains(phrase), "synonyms lack '\(phrase)'")
        }
    }
}
