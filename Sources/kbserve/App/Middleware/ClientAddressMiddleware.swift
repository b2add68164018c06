import Hummingbird
import NIOCore

/// Sets the request's client address (the rate limiters' key, and `client.address` in every
/// log line of the request): the connection's peer, or, when the peer is a trusted proxy,
/// the address `X-Forwarded-For` gives (see `TrustedProxies.clientAddress`). Without
/// trusted proxies the header is ignored, so no client can choose its own rate-limit bucket.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trustedProxies: TrustedProxies

    static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if !trustedProxies.isEmpty {
            let peer = context.remoteAddress?.ipAddress
            let forwarded = TrustedProxies.forwardedAddresses(request.headers[values: Self.forwardedFor])
            if let client = trustedProxies.clientAddress(peer: peer, forwardedFor: forwarded), client != peer {
                context.forwardedClientAddress = client
            }
        }
        // Written out only when a line is logged (most requests log none).
        context.logger[metadataKey: "client.address"] = .stringConvertible(ClientAddress(context: context))
        return try await next(request, context)
    }
}

/// The client address of a request's log lines (`AppRequestContext.clientKey`), formatted when logged.
struct ClientAddress: CustomStringConvertible, Sendable {
    let forwarded: String?
    let peer: SocketAddress?

    init(context: AppRequestContext) {
        forwarded = context.forwardedClientAddress
        peer = context.remoteAddress
    }

    var description: String { forwarded ?? peer?.ipAddress ?? "unknown" }
}
