import HTTPTypes

/// A domain error whose message is written for the person who sent the request;
/// `ErrorResponseMiddleware` answers it with `status` and `message`.
protocol ClientFacingError: Error {
    var status: HTTPResponse.Status { get }
    var message: String { get }
}
