import Hummingbird
import NIOCore

/// A JSON response written by `JSONWriter` (see `JSONResponse` for `Encodable` values).
struct JSONBody<Value: JSONWritable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.response(JSONWriter.buffer(value), status: status)
    }

    /// A response with an already written JSON body.
    static func response(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(body.readableBytes)],
            body: .init(byteBuffer: body)
        )
    }
}
