import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage and the client address
/// (the rate limiter's key; from `X-Forwarded-For` when the peer is a trusted proxy).
struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?
    /// The client's address as a trusted proxy gave it (set by `ClientAddressMiddleware`).
    var forwardedClientAddress: String?

    init(source: Source) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Bodies are decoded up to 1 MB; more gets 413.
    var maxUploadSize: Int { ServerConfiguration.maxBodyBytes }

    /// The client's IP address, or "unknown".
    var clientKey: String { forwardedClientAddress ?? remoteAddress?.ipAddress ?? "unknown" }

    /// The client as the search log's `UnknownWordGate` counts it.
    var logClient: UnknownWordGate.Client { UnknownWordGate.Client(address: clientKey) }
}
