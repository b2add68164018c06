import Hummingbird
import KnowledgeBase

/// Insights for the people who maintain the content, behind `Authorization: Bearer
/// <KBSERVE_ADMIN_TOKEN>` (disabled, 404, when no token is configured):
/// `GET /api/v1/insights` (top queries, queries without results, helpfulness per article and
/// diagnoses that matched nothing, all time), and over a range of days (`from`, `to`):
/// `GET /api/v1/insights/{overview,gaps,articles,diagnoses}` as JSON and every table as CSV
/// (`/api/v1/insights/<table>.csv`, `InsightsReport.tableNames`).
struct InsightsController {
    let content: ContentStore
    let searchLog: any SearchLogStore
    let feedback: any FeedbackStore
    let authorization: AdminAuthorization

    struct Helpfulness: Encodable, Sendable {
        var article: ArticleID
        var title: String?
        var helpful: Int
        var notHelpful: Int
        var comments: [String]
    }

    struct Insights: Encodable, Sendable {
        var topQueries: [TextCount]
        var zeroResultQueries: [TextCount]
        var helpfulness: [Helpfulness]
        var unmatchedDiagnoses: [TextCount]
    }

    static let limit = 20

    private var service: InsightsService { InsightsService(content: content, searchLog: searchLog, feedback: feedback) }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("insights", use: insights)
        routes.get("insights/overview") { request, context in
            try await report(request, context) { try await $0.overview($1) }
        }
        routes.get("insights/gaps") { request, context in
            try await report(request, context) { try await $0.gaps($1) }
        }
        routes.get("insights/articles") { request, context in
            try await report(request, context) { try await $0.articles($1) }
        }
        routes.get("insights/diagnoses") { request, context in
            try await report(request, context) { try await $0.diagnoses($1) }
        }
        for name in InsightsReport.tableNames {
            routes.get(RouterPath("insights/\(name).csv")) { request, context in
                try authorization.checkBearer(request, context: context)
                return try await CSVResponse.table(named: name, service: service, query: request.query)
            }
        }
        return routes
    }

    private func report<Value: Encodable & Sendable>(
        _ request: Request, _ context: AppRequestContext, _ build: (InsightsService, InsightsRange) async throws -> Value
    ) async throws -> JSONResponse<Value> {
        try authorization.checkBearer(request, context: context)
        return JSONResponse(value: try await build(service, try request.query.insightsRange()))
    }

    /// The lists over every day kept: the searches and troubleshooter messages of one language
    /// (`lang`; counts kept before languages were count for every language only), votes per
    /// article whatever the language. A range is refused with a pointer to the reports that
    /// take one, rather than ignored.
    @Sendable func insights(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Insights> {
        try authorization.checkBearer(request, context: context)
        if let parameter = ["from", "to"].first(where: { request.query[$0] != nil }) {
            throw HTTPError(
                .badRequest,
                message: "The all-time lists cover every day kept, so '\(parameter)' does not apply here: "
                    + "give it to /api/v1/insights/overview, /gaps, /articles or /diagnoses."
            )
        }
        let language = try InsightsRange.language(request.query["lang"])
        let knowledgeBase = content.current.knowledgeBase
        let log = searchLog
        return JSONResponse(
            value: Insights(
                topQueries: try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: Self.limit, language: language),
                zeroResultQueries: try await log.topTexts(kind: .search, onlyWithoutResults: true, limit: Self.limit, language: language),
                helpfulness: try await feedback.helpfulness(commentsPerArticle: 5).map {
                    Helpfulness(
                        article: $0.article, title: knowledgeBase.article($0.article)?.title, helpful: $0.helpful,
                        notHelpful: $0.notHelpful, comments: $0.comments
                    )
                },
                unmatchedDiagnoses: try await log.topTexts(kind: .diagnose, onlyWithoutResults: true, limit: Self.limit, language: language)
            )
        )
    }
}

extension FormFields {
    /// The range of `from` and `to`, for the searches of `lang` (400 when a date is given and is
    /// not a date, empty included, or `lang` is not a language of the site).
    func insightsRange() throws -> InsightsRange {
        try InsightsRange(from: self["from"], to: self["to"], language: self["lang"])
    }
}

/// A table as a CSV download.
enum CSVResponse {
    /// The table `name` over the range of `query`, as `text/csv` with a file name.
    static func table(named name: String, service: InsightsService, query: FormFields) async throws -> Response {
        let range = try query.insightsRange()
        guard let table = try await service.table(named: name, range) else {
            throw HTTPError(.notFound, message: "There is no table '\(name)'.")
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"kbserve-\(name)-\(range.from)-\(range.to).csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: table.csv))
        )
    }
}
