import HTTPTypes

extension FeedbackRejection: ClientFacingError {
    var status: HTTPResponse.Status {
        switch self {
        case .unknownArticle: .notFound
        case .commentTooLong: .unprocessableContent
        case .unknownReason: .badRequest
        case .dayIsFull: .tooManyRequests
        }
    }

    var message: String { description }
}
