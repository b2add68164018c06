import HTTPTypes

extension FeedbackRejection: ClientFacingError {
    var status: HTTPResponse.Status {
        switch self {
        case .unknownArticle: .notFound
        case .commentTooLong: .unprocessableContent
        case .unknownReason: .badRequest
        }
    }

    var message: String { description }
}
