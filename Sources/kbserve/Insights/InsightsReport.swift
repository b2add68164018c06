import Foundation
import KnowledgeBase

/// The figures for the people who maintain the content over a range of days, built in one place
/// from what the stores answer: the JSON of `/api/v1/insights/…`, its CSV and the dashboard
/// all show these. Query texts follow `TextGroup`'s rule (shown from 3 searches on).
enum InsightsReport {
    /// Searches per day and over the range, and per query.
    struct Overview: Sendable, Encodable {
        var from: String
        var to: String
        /// The language of the searches counted; absent for every language.
        var lang: Language?
        var searches: Int
        var zeroResultSearches: Int
        /// Of the zero-result searches, those pointed to the other language's answer.
        var otherLanguageSearches: Int
        var noClickSearches: Int
        var clickedSearches: Int
        var clicks: Int
        var zeroResultRate: Double
        var noClickRate: Double
        var clickThroughRate: Double
        var meanClickPosition: Double?
        var days: [Day]
        var queries: [TextGroup]
        /// The help panel: `searches` are its openings and searches, `clicks` the articles opened from it.
        var panel: SearchFigures
        /// Panel openings by what the app told it (an error id, a route) or the search typed in it.
        var panelContexts: [TextGroup]
    }

    struct Day: Sendable, Encodable {
        var day: String
        var figures: SearchFigures

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(day, forKey: .day)
        }

        enum CodingKeys: String, CodingKey { case day }
    }

    /// Searches no article answered, or whose results nobody opened, grouped by their analyzed
    /// words. A search the page pointed to the other language's answer is no gap: the other
    /// language's articles answered it.
    struct Gaps: Sendable, Encodable {
        var from: String
        var to: String
        /// The language of the searches counted; absent for every language.
        var lang: Language?
        /// Each group: `text` is the words; `example` the most used query, when shown.
        var gaps: [TextGroup]
    }

    /// Votes, reasons and comments per article.
    struct Articles: Sendable, Encodable {
        var from: String
        var to: String
        var articles: [ArticleFigures]
        var comments: [Comment]
    }

    struct ArticleFigures: Sendable, Encodable {
        var article: ArticleID
        var title: String?
        var helpful: Int
        var notHelpful: Int
        var helpfulRate: Double
        /// Every reason, in `FeedbackReason` order, with its count among the "No" votes.
        var reasons: [ReasonCount]
        /// "No" votes that gave no reason.
        var noReason: Int
    }

    struct ReasonCount: Sendable, Encodable, Hashable {
        var reason: FeedbackReason
        var count: Int
    }

    struct Comment: Sendable, Encodable {
        var id: Int64
        var article: ArticleID
        var title: String?
        var helpful: Bool
        var reason: FeedbackReason?
        /// Redacted before it was stored.
        var text: String
        var status: CommentStatus
        /// ISO 8601, UTC.
        var createdAt: String
    }

    /// The troubleshooter: its answers, the causes it put first, and the messages it was given (redacted).
    struct Diagnoses: Sendable, Encodable {
        var from: String
        var to: String
        /// The language of the troubleshooter answers counted; absent for every language.
        var lang: Language?
        var answers: SearchFigures
        /// By the cause shown first (`text` is the cause id; causes are content, always shown).
        var topCauses: [TextGroup]
        /// By message; `zeroResultSearches` are the messages nothing matched.
        var messages: [TextGroup]
        /// The messages nothing matched.
        var unmatched: [TextGroup]
    }

    /// Comments shown at most over a range.
    static let maxComments = 500

    static func overview(_ summaries: [SearchSummary], range: InsightsRange) -> Overview {
        let searches = summaries.filter { $0.source == .search }
        let panel = summaries.filter { $0.source == .panel }
        let total = SearchFigures(searches)
        let byDay = Dictionary(grouping: searches, by: \.day)
        return Overview(
            from: range.from, to: range.to, lang: range.language, searches: total.searches, zeroResultSearches: total.zeroResultSearches,
            otherLanguageSearches: total.otherLanguageSearches,
            noClickSearches: total.noClickSearches, clickedSearches: total.clickedSearches, clicks: total.clicks,
            zeroResultRate: total.zeroResultRate, noClickRate: total.noClickRate, clickThroughRate: total.clickThroughRate,
            meanClickPosition: total.meanClickPosition,
            days: range.days.map { Day(day: $0, figures: SearchFigures(byDay[$0] ?? [])) },
            queries: TextGroup.group(searches, by: \.text),
            panel: SearchFigures(panel),
            panelContexts: TextGroup.group(panel, by: \.text)
        )
    }

    static func gaps(_ summaries: [SearchSummary], range: InsightsRange) -> Gaps {
        let unanswered = summaries.filter { $0.source == .search }.map(\.leavingOutOtherLanguage)
            .filter { $0.zeroResult > 0 || $0.noClick > 0 }
        let gaps = TextGroup.group(unanswered, by: \.words, withExamples: true).map { group -> TextGroup in
            // Only the unanswered searches count in a gap.
            var group = group
            group.figures.clickedSearches = 0
            group.figures.clicks = 0
            group.figures.positionSum = 0
            group.figures.searches = group.figures.zeroResultSearches + group.figures.noClickSearches
            return group
        }
        // The most unanswered first; "other" stays last.
        let shown = gaps.filter { $0.text != nil }.sorted { ($0.figures.searches, $1.text ?? "") > ($1.figures.searches, $0.text ?? "") }
        return Gaps(from: range.from, to: range.to, lang: range.language, gaps: shown + gaps.filter { $0.text == nil })
    }

    static func articles(votes: [VoteCount], comments: [StoredComment], knowledgeBase: KnowledgeBase, range: InsightsRange) -> Articles {
        let figures = Dictionary(grouping: votes, by: \.article).map { article, votes -> ArticleFigures in
            let helpful = votes.filter(\.helpful).reduce(0) { $0 + $1.count }
            let notHelpful = votes.filter { !$0.helpful }.reduce(0) { $0 + $1.count }
            let reasons = FeedbackReason.allCases.map { reason in
                ReasonCount(reason: reason, count: votes.filter { !$0.helpful && $0.reason == reason }.reduce(0) { $0 + $1.count })
            }
            return ArticleFigures(
                article: article, title: knowledgeBase.article(article)?.title, helpful: helpful, notHelpful: notHelpful,
                helpfulRate: SearchFigures.rate(helpful, helpful + notHelpful), reasons: reasons,
                noReason: notHelpful - reasons.reduce(0) { $0 + $1.count }
            )
        }
        // The articles that fail most first.
        .sorted { ($0.notHelpful, $0.helpful + $0.notHelpful, $1.article.rawValue) > ($1.notHelpful, $1.helpful + $1.notHelpful, $0.article.rawValue) }
        return Articles(
            from: range.from, to: range.to, articles: figures,
            comments: comments.map {
                Comment(
                    id: $0.id, article: $0.article, title: knowledgeBase.article($0.article)?.title, helpful: $0.helpful, reason: $0.reason,
                    text: $0.text, status: $0.status, createdAt: $0.createdAt.formatted(.iso8601)
                )
            }
        )
    }

    static func diagnoses(_ summaries: [SearchSummary], range: InsightsRange) -> Diagnoses {
        let answers = summaries.filter { $0.source == .troubleshoot }
        let causes = answers.filter { $0.top != nil }
        return Diagnoses(
            from: range.from, to: range.to, lang: range.language, answers: SearchFigures(answers),
            topCauses: Dictionary(grouping: causes) { $0.top ?? "" }
                .map { TextGroup(text: $0.key, figures: SearchFigures($0.value)) }
                .sorted { ($0.figures.searches, $1.text ?? "") > ($1.figures.searches, $0.text ?? "") },
            messages: TextGroup.group(answers, by: \.text),
            unmatched: TextGroup.group(answers.filter { $0.zeroResult > 0 }, by: \.text)
        )
    }
}
