import Hummingbird

/// A friendly error page (404 and others) with a search box.
struct ErrorPage: PageView {
    static let template = "error"
    var chrome: PageChrome
    /// The interface text (`{{t.key}}`): the chrome's catalog, stored for the templates.
    let t: StringCatalog
    var pageTitle: String
    var query = ""
    var status: Int
    var heading: String
    var message: String
    var isNotFound: Bool

    init(status: HTTPResponse.Status, message: String, chrome: PageChrome) {
        self.chrome = chrome
        self.t = chrome.t
        self.status = status.code
        isNotFound = status == .notFound
        let key = switch status {
        case .notFound: "error_not_found_title"
        case .tooManyRequests: "error_too_many_title"
        case .internalServerError: "error_server_title"
        default: "error_other_title"
        }
        heading = chrome.t[key]
        pageTitle = heading
        self.message = message
    }
}
