import Foundation
import Testing
@testable import KnowledgeBase

/// The help articles in `Content/` against the contracts of `../shared/spec`: topic ids and
/// categories, error and cause ownership, section anchors, links and front matter shape.
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
        let loaded = try ContentLoader(directory: ContentFixture.contentFolder).load()
        let problems = ContentChecker().check(loaded)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyTopicLoadsWithItsCategory() throws {
        try #require(spec.topics.count == 25, "topics.md should list 25 topics, found \(spec.topics.count)")
        for topic in spec.topics {
            let article = try #require(kb.article(ArticleID(topic.id)), "no article '\(topic.id)'")
            #expect(article.category?.rawValue == topic.category, "\(topic.id)")
            #expect(Category.known.contains(Category(rawValue: topic.category)))
        }
        #expect(Set(kb.articles.map(\.id.rawValue)) == Set(spec.topics.map(\.id)), "articles that are not topics")
    }

    @Test func fileNamesAreTheIDs() {
        for article in kb.articles {
            let name = URL(fileURLWithPath: article.sourcePath).deletingPathExtension().lastPathComponent
            #expect(name == article.id.rawValue, "\(article.sourcePath)")
        }
    }

    @Test func frontMatterIsComplete() {
        for article in kb.articles {
            let id = article.id.rawValue
            #expect(!article.title.isEmpty, "\(id): title")
            #expect(!article.summary.isEmpty && article.summary.hasSuffix("."), "\(id): summary should be one sentence")
            #expect((5...15).contains(article.aliases.count), "\(id): \(article.aliases.count) aliases")
            #expect(Set(article.aliases.map { $0.lowercased() }).count == article.aliases.count, "\(id): duplicate aliases")
            #expect((2...4).contains(article.related.count), "\(id): \(article.related.count) related")
            for related in article.related {
                #expect(related != article.id && kb.article(related) != nil, "\(id): related '\(related)'")
            }
            #expect(article.updated?.wholeMatch(of: /2026-11-\d\d/) != nil, "\(id): updated")
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

    @Test func causeConditionsUseTheDiagnoserVocabulary() {
        let facts = ConditionVocabulary.allFacts
        for article in kb.articles {
            for cause in article.causes {
                for condition in cause.when {
                    let problem = ConditionVocabulary.problem(in: condition)
                    #expect(problem == nil, "\(cause.id): \(condition): \(problem ?? "")")
                }
                for match in cause.explanation.matches(of: /\{([A-Za-z.]+)\}/) {
                    #expect(facts.contains(String(match.1)), "\(cause.id): unknown placeholder {\(match.1)}")
                }
            }
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
        let url = ContentFixture.contentFolder.appendingPathComponent(SynonymTable.fileName)
        let loaded = try #require(try SynonymTable.load(from: url))
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        let table = loaded.table
        let phrases = Set(table.rules.flatMap { $0.phrases + ($0.targets ?? []) })
        for phrase in ["dob", "birthday", "sign in", "log in", "security code", "text code", "internet explorer"] {
            #expect(phrases.contains(phrase), "synonyms lack '\(phrase)'")
        }
    }
}
