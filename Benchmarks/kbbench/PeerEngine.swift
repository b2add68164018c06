import Foundation
import KnowledgeBase

/// A peer search engine from PyPI (tantivy, bm25s), run by `scripts/peer-search.sh` over
/// the same text as kbserve, for side-by-side figures in the same run.
struct PeerEngine {
    let name: String
    let script: URL

    struct Run {
        var ranked: [[String]]
        var indexSeconds: Double
        var p50: Double, p99: Double, mean: Double
        var version: String
    }

    /// Indexes `articles` (title, and `Article.peerBody` as the body) and runs `queries`; nil,
    /// with a printed reason, when the engine cannot run here.
    func run(articles: [Article], queries: [String], repeats: Int, snippets: Bool = false) -> Run? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kbbench-peer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            var docs = Data()
            for article in articles {
                docs += try encoder.encode(["id": article.id.rawValue, "title": article.title, "body": article.peerBody])
                    + Data("\n".utf8)
            }
            var lines = Data()
            for query in queries { lines += try encoder.encode(["query": query]) + Data("\n".utf8) }
            let docsURL = folder.appendingPathComponent("docs.jsonl"), queriesURL = folder.appendingPathComponent("queries.jsonl")
            let outURL = folder.appendingPathComponent("out.jsonl")
            try docs.write(to: docsURL)
            try lines.write(to: queriesURL)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [script.path, "--engine", name, "--docs", docsURL.path, "--queries", queriesURL.path,
                                 "--k", "10", "--out", outURL.path, "--repeats", String(max(1, repeats))] + (snippets ? ["--snippets"] : [])
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                print("  (\(name) not run: peer-search.sh exited \(process.terminationStatus))")
                return nil
            }
            struct Line: Decodable {
                struct Summary: Decodable {
                    var version: String?
                    var index_seconds: Double
                    var query_p50_ms: Double, query_p99_ms: Double, query_mean_ms: Double
                }
                var ids: [String]?
                var summary: Summary?
            }
            let decoder = JSONDecoder()
            var run = Run(ranked: [], indexSeconds: 0, p50: 0, p99: 0, mean: 0, version: "")
            for line in try String(contentsOf: outURL, encoding: .utf8).split(whereSeparator: \.isNewline) {
                let decoded = try decoder.decode(Line.self, from: Data(line.utf8))
                if let ids = decoded.ids { run.ranked.append(ids) }
                if let summary = decoded.summary {
                    run.indexSeconds = summary.index_seconds
                    (run.p50, run.p99, run.mean) = (summary.query_p50_ms, summary.query_p99_ms, summary.query_mean_ms)
                    run.version = summary.version ?? ""
                }
            }
            return run.ranked.count == queries.count ? run : nil
        } catch {
            print("  (\(name) not run: \(error))")
            return nil
        }
    }

    static func all(repository: URL) -> [PeerEngine] {
        let script = repository.appendingPathComponent("scripts/peer-search.sh")
        guard FileManager.default.fileExists(atPath: script.path) else { return [] }
        return ["tantivy", "bm25s"].map { PeerEngine(name: $0, script: script) }
    }
}
