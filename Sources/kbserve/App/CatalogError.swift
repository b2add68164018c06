import Hummingbird

/// An error for the client whose message is a string catalog entry (`{name}` placeholders filled
/// with `values`), said in the request's language: a Spanish client reads it in Spanish.
struct CatalogError: Error, Sendable {
    var status: HTTPResponse.Status
    var key: String
    var values: [String: String] = [:]
}
