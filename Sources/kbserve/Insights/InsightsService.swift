import Foundation

/// Reads the stores for a range and builds the reports and tables: what the insights API and
/// the dashboard both use.
struct InsightsService: Sendable {
    let content: ContentStore
    let searchLog: any SearchLogStore
    let feedback: any FeedbackStore

    func overview(_ range: InsightsRange) async throws -> InsightsReport.Overview {
        InsightsReport.overview(try await summaries(range), range: range)
    }

    func gaps(_ range: InsightsRange) async throws -> InsightsReport.Gaps {
        InsightsReport.gaps(try await summaries(range), range: range)
    }

    func articles(_ range: InsightsRange) async throws -> InsightsReport.Articles {
        let (start, end) = range.interval
        return InsightsReport.articles(
            votes: try await feedback.votes(from: start, to: end),
            comments: try await feedback.comments(from: start, to: end, limit: InsightsReport.maxComments),
            knowledgeBase: content.current.knowledgeBase, range: range
        )
    }

    func diagnoses(_ range: InsightsRange) async throws -> InsightsReport.Diagnoses {
        InsightsReport.diagnoses(try await summaries(range), range: range)
    }

    /// The searches of the range's days (and language, when it has one).
    private func summaries(_ range: InsightsRange) async throws -> [SearchSummary] {
        try await searchLog.summaries(from: range.from, to: range.to).filter(range.counts)
    }

    /// The table `name` (one of `InsightsReport.tableNames`); nil for another name.
    func table(named name: String, _ range: InsightsRange) async throws -> InsightsTable? {
        switch name {
        case "overview": InsightsReport.dayTable(try await overview(range))
        case "queries": InsightsReport.queryTable(try await overview(range))
        case "panel": InsightsReport.panelTable(try await overview(range))
        case "gaps": InsightsReport.gapTable(try await gaps(range))
        case "articles": InsightsReport.articleTable(try await articles(range))
        case "comments": InsightsReport.commentTable(try await articles(range))
        case "diagnoses": InsightsReport.causeTable(try await diagnoses(range))
        case "diagnosis-messages": InsightsReport.messageTable(try await diagnoses(range))
        case "unmatched-diagnoses": InsightsReport.unmatchedTable(try await diagnoses(range))
        default: nil
        }
    }
}
