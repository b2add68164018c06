import HTTPTypes

extension FeedbackRejection: ClientFacingError {
    var status: HTTPResponse.Status {
        switch self {
        case .unknownArticle: .notFound
        case .commentTooLong: .unprocessableContent
        }
    }

    var message: String { description }
}
