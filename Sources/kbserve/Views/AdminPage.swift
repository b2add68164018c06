import Foundation
import KnowledgeBase

/// A dashboard page (`/admin`, `/admin/gaps`, `/admin/articles`, `/admin/diagnoses`): the range
/// form, key figures, sections of a table each (after a chart on the overview) with its CSV
/// link, and on the articles page the comments with a form to set their status. English only.
struct AdminPage: Sendable {
    static let template = "admin-page"

    struct NavLink: Sendable {
        var name: String
        var url: String
        var current: Bool
    }

    struct Figure: Sendable {
        var name: String
        var value: String
    }

    struct Table: Sendable {
        struct Row: Sendable {
            var header: String
            var cells: [String]
        }

        var caption: String
        var columns: [String]
        var rows: [Row]
        var hasRows: Bool
        var columnCount: Int

        init(_ table: InsightsTable) {
            caption = table.caption
            columns = table.columns
            rows = table.rows.map { Row(header: $0.first ?? "", cells: Array($0.dropFirst())) }
            hasRows = !rows.isEmpty
            columnCount = columns.count
        }
    }

    struct Section: Sendable {
        var id: String
        var heading: String
        var intro: String?
        /// Built by `LineChart`, whose text is escaped.
        var chartSVG: String?
        var table: Table
        var csvURL: String

        init(heading: String, intro: String? = nil, chart: LineChart? = nil, table: InsightsTable, range: InsightsRange) {
            id = "table-" + table.name + (chart.map { "-" + $0.id } ?? "")
            self.heading = heading
            self.intro = intro
            chartSVG = chart?.svg
            self.table = Table(table)
            csvURL = "/admin/\(table.name).csv?" + range.query
        }
    }

    struct Option: Sendable {
        var value: String
        var selected: Bool
        /// What the option shows, when it is not the value.
        var label: String?
        /// The language of the label, when it is not the page's (a language's own name).
        var labelLanguage: String?
    }

    struct CommentRow: Sendable {
        var id: Int64
        var date: String
        var articleTitle: String
        var articleURL: String
        var vote: String
        var reason: String?
        var text: String
        var status: String
        var statuses: [Option]
    }

    /// The pages, in the navigation's order.
    enum Kind: String, CaseIterable, Sendable {
        case overview, gaps, articles, diagnoses

        var name: String {
            switch self {
            case .overview: "Overview"
            case .gaps: "Content gaps"
            case .articles: "Articles"
            case .diagnoses: "Diagnoses"
            }
        }

        var path: String { self == .overview ? "/admin" : "/admin/" + rawValue }
    }

    var pageTitle: String
    var heading: String
    var signedIn = true
    var nav: [NavLink]
    var csrf: String
    var formAction: String
    var from: String
    var to: String
    /// The language of the searches counted (`lang`), empty for every language.
    var searchLanguage: String
    /// The choices of the range form's language: every language, then each of the site's.
    var languages: [Option]
    var privacyNote =
        """
        Only redacted text is kept, and a word no article writes is kept as [word] until several people have used it in searches or comments \
        (a name or a password is typed by one person). A query or message is shown when at least \(TextGroup.minimumSearches) \
        searches used it; rarer ones are counted together as “other”.
        """
    var notice: String?
    var figures: [Figure] = [] { didSet { hasFigures = !figures.isEmpty } }
    var hasFigures = false
    var sections: [Section] = []
    var showComments = false
    var comments: [CommentRow] = [] { didSet { hasComments = !comments.isEmpty } }
    var hasComments = false
    var commentsCSVURL: String

    /// The dashboard's own language (`admin-layout`): English only.
    static let pageLanguage = Language.en

    init(_ kind: Kind, range: InsightsRange, csrf: String) {
        pageTitle = kind.name
        heading = kind.name + ", \(range.from) to \(range.to)"
        nav = Kind.allCases.map { NavLink(name: $0.name, url: $0.path + "?" + range.query, current: $0 == kind) }
        self.csrf = csrf
        formAction = kind.path
        from = range.from
        to = range.to
        searchLanguage = range.language?.rawValue ?? ""
        languages = [Option(value: "", selected: range.language == nil, label: "Every language")]
            + Language.allCases.map {
                Option(value: $0.rawValue, selected: $0 == range.language, label: $0.nativeName, labelLanguage: $0 == Self.pageLanguage ? nil : $0.rawValue)
            }
        commentsCSVURL = "/admin/comments.csv?" + range.query
    }

    static func overview(_ overview: InsightsReport.Overview, range: InsightsRange, csrf: String) -> AdminPage {
        var page = AdminPage(.overview, range: range, csrf: csrf)
        page.figures = [
            Figure(name: "Searches", value: String(overview.searches)),
            Figure(name: "Zero-result searches", value: "\(overview.zeroResultSearches) (\(InsightsTable.percent(overview.zeroResultRate)))"),
            Figure(name: "Of those, pointed to the other language", value: String(overview.otherLanguageSearches)),
            Figure(name: "No-click searches", value: "\(overview.noClickSearches) (\(InsightsTable.percent(overview.noClickRate)))"),
            Figure(name: "Clicks", value: String(overview.clicks)),
            Figure(name: "Click-through rate", value: InsightsTable.percent(overview.clickThroughRate)),
            Figure(name: "Mean click position", value: InsightsTable.decimal(overview.meanClickPosition).isEmpty ? "–" : InsightsTable.decimal(overview.meanClickPosition)),
        ]
        let days = InsightsReport.dayTable(overview)
        let labels = overview.days.map(\.day)
        let searchesChart = LineChart(
            id: "chart-searches", title: "Searches per day",
            description: "Searches each day from \(overview.from) to \(overview.to): \(overview.searches) in all. The table below lists them.",
            labels: labels, series: [LineChart.Series(name: "Searches", values: overview.days.map { Double($0.figures.searches) }, style: "series-1")],
            format: { String(Int($0.rounded())) }
        )
        let ratesChart = LineChart(
            id: "chart-rates", title: "Zero-result and no-click rates per day",
            description: "The share of each day's searches with no result (solid line) and with results but no click (dashed line). The table below lists them.",
            labels: labels,
            series: [
                LineChart.Series(name: "Zero-result rate", values: overview.days.map { $0.figures.zeroResultRate }, style: "series-1"),
                LineChart.Series(name: "No-click rate", values: overview.days.map { $0.figures.noClickRate }, style: "series-2"),
            ],
            format: { InsightsTable.percent($0) }
        )
        page.sections = [
            Section(heading: "Searches per day", chart: searchesChart, table: days.selecting(["Day", "Searches", "Clicks"]), range: range),
            Section(
                heading: "Zero-result and no-click rates", intro: "Solid line: zero-result rate. Dashed line: no-click rate.", chart: ratesChart,
                table: days.selecting(["Day", "Searches", "Zero-result", "Zero-result rate", "No-click", "No-click rate"],
                    caption: "Zero-result and no-click rates per day, \(overview.from) to \(overview.to)"), range: range
            ),
            Section(heading: "Queries", intro: "Click-through rate and mean click position per query.", table: InsightsReport.queryTable(overview), range: range),
            Section(
                heading: "Help panel",
                intro: "Openings of the help panel inside the registration app (\(overview.panel.searches)) and the articles opened from it (\(overview.panel.clicks)), by the error or step the app named.",
                table: InsightsReport.panelTable(overview), range: range
            ),
        ]
        return page
    }

    static func gaps(_ gaps: InsightsReport.Gaps, range: InsightsRange, csrf: String) -> AdminPage {
        var page = AdminPage(.gaps, range: range, csrf: csrf)
        page.sections = [
            Section(
                heading: "Unanswered searches by their words",
                intro: "Searches no article answered, or whose results nobody opened, grouped by their analyzed words (stemmed, without stop words). Write or improve an article for the top ones.",
                table: InsightsReport.gapTable(gaps), range: range
            )
        ]
        return page
    }

    static func articles(_ articles: InsightsReport.Articles, range: InsightsRange, csrf: String, notice: String? = nil) -> AdminPage {
        var page = AdminPage(.articles, range: range, csrf: csrf)
        page.notice = notice
        page.sections = [
            Section(
                heading: "Helpfulness and reasons", intro: "The articles with the most “No” votes first; the reason columns count “No” votes.",
                table: InsightsReport.articleTable(articles), range: range
            )
        ]
        page.showComments = true
        page.comments = articles.comments.map { comment in
            CommentRow(
                id: comment.id, date: String(comment.createdAt.prefix(10)), articleTitle: comment.title ?? comment.article.rawValue,
                articleURL: Paths.article(comment.article), vote: comment.helpful ? "helpful" : "not helpful", reason: comment.reason?.rawValue,
                text: comment.text, status: comment.status.rawValue,
                statuses: CommentStatus.allCases.map { Option(value: $0.rawValue, selected: $0 == comment.status) }
            )
        }
        return page
    }

    static func diagnoses(_ diagnoses: InsightsReport.Diagnoses, range: InsightsRange, csrf: String) -> AdminPage {
        var page = AdminPage(.diagnoses, range: range, csrf: csrf)
        page.figures = [
            Figure(name: "Troubleshooter answers", value: String(diagnoses.answers.searches)),
            Figure(name: "Matched nothing", value: "\(diagnoses.answers.zeroResultSearches) (\(InsightsTable.percent(diagnoses.answers.zeroResultRate)))"),
            Figure(name: "An article opened", value: "\(diagnoses.answers.clickedSearches) (\(InsightsTable.percent(diagnoses.answers.clickThroughRate)))"),
        ]
        page.sections = [
            Section(heading: "Causes shown first", table: InsightsReport.causeTable(diagnoses), range: range),
            Section(heading: "Messages nothing matched", table: InsightsReport.unmatchedTable(diagnoses), range: range),
            Section(heading: "All messages", table: InsightsReport.messageTable(diagnoses), range: range),
        ]
        return page
    }
}

/// The sign-in form: the admin token, with the form's CSRF token.
struct AdminSignInPage: Sendable {
    static let template = "admin-signin"
    var pageTitle = "Sign in"
    var signedIn = false
    var csrf: String
    var problem: String?
}

extension InsightsTable {
    /// The same table with only `columns` (in their order here), for a chart's data.
    func selecting(_ names: [String], caption: String? = nil) -> InsightsTable {
        let indexes = names.compactMap { columns.firstIndex(of: $0) }
        return InsightsTable(name: name, caption: caption ?? self.caption, columns: indexes.map { columns[$0] }, rows: rows.map { row in indexes.map { row[$0] } })
    }
}
