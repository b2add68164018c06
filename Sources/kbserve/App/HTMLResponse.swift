import Hummingbird
import NIOCore

/// A rendered page.
struct HTMLResponse: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok
    /// The page's own `Cache-Control`; without one, `SecurityHeadersMiddleware` gives it `no-store`.
    var cacheControl: String?

    /// The `Cache-Control` of a page answered to a form post that shows only what the `Redactor`
    /// kept (search results for a query with a value, the troubleshooter, the help panel's search):
    /// the browser may keep it for Back, so that going back to it shows it again instead of asking
    /// to resend the form (which `no-store` forces); `private`: no proxy keeps it.
    static let keptForGoingBack = "private, no-cache"

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let buffer = ByteBuffer(string: html)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .contentLength: String(buffer.readableBytes)]
        if let cacheControl { headers[.cacheControl] = cacheControl }
        return Response(status: status, headers: headers, body: .init(byteBuffer: buffer))
    }
}

/// Any `Encodable` value as JSON, through the context's response encoder: the Diagnoser's
/// and KnowledgeBase's types need no `ResponseEncodable` conformance of their own. Another
/// status comes from wrapping it in Hummingbird's `EditedResponse`.
struct JSONResponse<Value: Encodable>: ResponseGenerator {
    var value: Value

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try context.responseEncoder.encode(value, from: request, context: context)
    }
}
