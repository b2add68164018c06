import Hummingbird
import NIOCore

/// A rendered page.
struct HTMLResponse: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let buffer = ByteBuffer(string: html)
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .contentLength: String(buffer.readableBytes)],
            body: .init(byteBuffer: buffer)
        )
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
