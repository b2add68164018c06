import Hummingbird

/// A friendly error page (404 and others) with a search box.
struct ErrorPage: PageView {
    static let template = "error"
    var pageTitle: String
    var query = ""
    var status: Int
    var heading: String
    var message: String
    var isNotFound: Bool

    init(status: HTTPResponse.Status, message: String) {
        self.status = status.code
        isNotFound = status == .notFound
        heading = switch status {
        case .notFound: "Page not found"
        case .tooManyRequests: "Please slow down"
        case .internalServerError: "Something went wrong"
        default: "We couldn't do that"
        }
        pageTitle = heading
        self.message = message
    }
}
