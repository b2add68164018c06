import Foundation
import NIOCore

/// The static files served from `/static/…`, the embed script and the OpenAPI document, read
/// once from the bundled `Resources` folder.
struct Assets: Sendable {
    struct File: Sendable {
        var contentType: String
        var body: ByteBuffer
        var etag: String
        /// The content hash that versioned URLs carry.
        var version: String
    }

    /// `/static/<name>?v=<version>`: the URL pages link to; cached for a year, since a change gets a new URL.
    func url(of name: String) -> String {
        files[name].map { "/static/\(name)?v=\($0.version)" } ?? "/static/\(name)"
    }

    /// The files under `/static/`, by name.
    let files: [String: File]
    /// `/openapi.json`.
    let openAPI: ByteBuffer
    /// `/embed/help.js`: the script apps load to embed the help panel, with the interface text
    /// of every language from the string catalogs (`EmbedScript`).
    let embedScript: File

    static let staticFiles: [String: String] = [
        "style.css": "text/css; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
        "panel.js": "text/javascript; charset=utf-8",
    ]

    static var resourcesDirectory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    init(directory: URL = Assets.resourcesDirectory) throws {
        var files: [String: File] = [:]
        for (name, type) in Self.staticFiles {
            files[name] = try Self.file(directory.appendingPathComponent(name), contentType: type)
        }
        self.files = files
        openAPI = ByteBuffer(bytes: try Data(contentsOf: directory.appendingPathComponent("openapi.json")))
        let script = try String(contentsOf: directory.appendingPathComponent("embed/help.js"), encoding: .utf8)
        embedScript = Self.file(
            Data(try EmbedScript.source(template: script, catalogs: StringCatalogs(resources: directory)).utf8),
            contentType: "text/javascript; charset=utf-8"
        )
    }

    /// A file with its content hash as version and ETag.
    private static func file(_ url: URL, contentType: String) throws -> File {
        file(try Data(contentsOf: url), contentType: contentType)
    }

    private static func file(_ data: Data, contentType: String) -> File {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in data { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let version = String(hash, radix: 16)
        return File(contentType: contentType, body: ByteBuffer(bytes: data), etag: "\"\(version)\"", version: version)
    }
}
