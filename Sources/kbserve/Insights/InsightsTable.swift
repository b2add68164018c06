import Foundation

/// One table of figures as the dashboard shows it and CSV exports it: the same rows for both.
/// The first column names the row (a `<th scope="row">` on the page).
struct InsightsTable: Sendable, Hashable {
    /// Its name in URLs: `/api/v1/insights/<name>.csv`, `/admin/<name>.csv`.
    var name: String
    var caption: String
    var columns: [String]
    var rows: [[String]]

    /// The text of "other" rows (texts used by fewer than 3 searches).
    static let otherLabel = "(other: fewer than \(TextGroup.minimumSearches) searches each)"

    /// RFC 4180 CSV with a header row and CRLF line ends. A cell that a spreadsheet would run as
    /// a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
    var csv: String {
        ([columns] + rows).map { $0.map(Self.csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func csvCell(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(cell) == nil { cell = "'" + cell }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }
    static func decimal(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "" }

    /// The columns of a group of searches after its name.
    static let figureColumns = ["Searches", "Zero-result", "Pointed to the other language", "No-click", "Clicked", "Clicks", "Zero-result rate", "No-click rate",
        "Click-through rate", "Mean click position"]

    static func figureCells(_ figures: SearchFigures) -> [String] {
        [figures.searches, figures.zeroResultSearches, figures.otherLanguageSearches, figures.noClickSearches, figures.clickedSearches, figures.clicks].map(String.init)
            + [percent(figures.zeroResultRate), percent(figures.noClickRate), percent(figures.clickThroughRate), decimal(figures.meanClickPosition)]
    }
}

extension InsightsReport {
    /// The names of every table, for routes.
    static let tableNames = ["overview", "queries", "panel", "gaps", "articles", "comments", "diagnoses", "diagnosis-messages", "unmatched-diagnoses"]

    static func dayTable(_ overview: Overview) -> InsightsTable {
        InsightsTable(
            name: "overview", caption: "Searches per day, \(overview.from) to \(overview.to)", columns: ["Day"] + InsightsTable.figureColumns,
            rows: overview.days.map { [$0.day] + InsightsTable.figureCells($0.figures) }
        )
    }

    static func queryTable(_ overview: Overview) -> InsightsTable {
        groupTable("queries", caption: "Queries, \(overview.from) to \(overview.to)", first: "Query", overview.queries)
    }

    static func panelTable(_ overview: Overview) -> InsightsTable {
        groupTable("panel", caption: "Help panel openings by what the app asked for, \(overview.from) to \(overview.to)", first: "Opened for",
                   overview.panelContexts)
    }

    static func gapTable(_ gaps: Gaps) -> InsightsTable {
        InsightsTable(
            name: "gaps", caption: "Content gaps: unanswered searches by their words, \(gaps.from) to \(gaps.to)",
            columns: ["Words", "Example query", "Unanswered searches", "Zero-result", "No-click"],
            rows: gaps.gaps.map { gap in
                [gap.text ?? InsightsTable.otherLabel, gap.example ?? ""]
                    + [gap.figures.searches, gap.figures.zeroResultSearches, gap.figures.noClickSearches].map(String.init)
            }
        )
    }

    static func articleTable(_ articles: Articles) -> InsightsTable {
        InsightsTable(
            name: "articles", caption: "Helpfulness per article, \(articles.from) to \(articles.to)",
            columns: ["Article", "Title", "Helpful", "Not helpful", "Helpful rate"] + FeedbackReason.allCases.map(\.rawValue) + ["No reason"],
            rows: articles.articles.map { article in
                [article.article.rawValue, article.title ?? "", String(article.helpful), String(article.notHelpful),
                    InsightsTable.percent(article.helpfulRate)]
                    + article.reasons.map { String($0.count) } + [String(article.noReason)]
            }
        )
    }

    static func commentTable(_ articles: Articles) -> InsightsTable {
        InsightsTable(
            name: "comments", caption: "Comments, newest first, \(articles.from) to \(articles.to)",
            columns: ["Comment", "Date", "Article", "Vote", "Reason", "Status", "Text"],
            rows: articles.comments.map { comment in
                ["#\(comment.id)", String(comment.createdAt.prefix(10)), comment.article.rawValue, comment.helpful ? "yes" : "no",
                    comment.reason?.rawValue ?? "", comment.status.rawValue, comment.text]
            }
        )
    }

    static func causeTable(_ diagnoses: Diagnoses) -> InsightsTable {
        groupTable("diagnoses", caption: "Causes the troubleshooter put first, \(diagnoses.from) to \(diagnoses.to)", first: "Cause", diagnoses.topCauses)
    }

    static func messageTable(_ diagnoses: Diagnoses) -> InsightsTable {
        groupTable("diagnosis-messages", caption: "Troubleshooter messages (redacted), \(diagnoses.from) to \(diagnoses.to)", first: "Message", diagnoses.messages)
    }

    static func unmatchedTable(_ diagnoses: Diagnoses) -> InsightsTable {
        groupTable("unmatched-diagnoses", caption: "Messages nothing matched (redacted), \(diagnoses.from) to \(diagnoses.to)", first: "Message", diagnoses.unmatched)
    }

    private static func groupTable(_ name: String, caption: String, first: String, _ groups: [TextGroup]) -> InsightsTable {
        InsightsTable(
            name: name, caption: caption, columns: [first] + InsightsTable.figureColumns,
            rows: groups.map { [$0.text ?? InsightsTable.otherLabel] + InsightsTable.figureCells($0.figures) }
        )
    }
}
