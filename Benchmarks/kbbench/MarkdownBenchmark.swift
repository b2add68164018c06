import ArgumentParser
import Foundation
import Markdown

// `kbbench markdown`: parse + render throughput on the msdocs corpus (run with -c release).
struct MarkdownBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Markdown parse + render throughput (MB/s) on a corpus of .md files."
    )

    @Option(help: "A folder of Markdown files (searched recursively).")
    var corpus: String = "../shared/corpus/msdocs"

    @Option(help: "How many times to render the whole corpus.")
    var iterations: Int = 5

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be at least 1.") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("No such folder: \(corpus)")
        }
    }

    func run() async throws {
        let files = try Self.markdownFiles(in: URL(fileURLWithPath: corpus))
        var fileBytes = 0
        let sources = try files.map { url in
            let data = try Data(contentsOf: url)
            fileBytes += data.count
            return String(FrontMatter.split(String(decoding: data, as: UTF8.self)).body)
        }
        let bytes = sources.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        let parser = MarkdownParser()
        let renderer = HTMLRenderer()
        var outputBytes = 0
        for source in sources { outputBytes += renderer.render(parser.parse(source)).utf8.count }  // warm-up

        var times: [Double] = []
        var parseTimes: [Double] = []
        for _ in 0..<iterations {
            let clock = ContinuousClock()
            var documents: [Document] = []
            documents.reserveCapacity(sources.count)
            let start = clock.now
            for source in sources { documents.append(parser.parse(source)) }
            let parsed = clock.now
            var total = 0
            for document in documents { total += renderer.render(document).utf8.count }
            let end = clock.now
            precondition(total == outputBytes, "rendering is not deterministic")
            times.append(Self.seconds(end - start))
            parseTimes.append(Self.seconds(parsed - start))
        }
        let best = times.min() ?? 0
        let mean = times.reduce(0, +) / Double(times.count)
        print("markdown: \(sources.count) files (\(String(format: "%.2f", Double(fileBytes) / 1_000_000)) MB with front matter),"
            + " \(String(format: "%.2f", megabytes)) MB Markdown in, \(String(format: "%.2f", Double(outputBytes) / 1_000_000)) MB HTML out")
        print("  parse+render: best \(String(format: "%.3f", best)) s, mean \(String(format: "%.3f", mean)) s over \(iterations) runs"
            + " (parse \(String(format: "%.3f", parseTimes.min() ?? 0)) s)")
        print("  throughput: \(String(format: "%.1f", megabytes / best)) MB/s (best), \(String(format: "%.1f", megabytes / mean)) MB/s (mean)")
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    static func markdownFiles(in folder: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" { result.append(url) }
        return result.sorted { $0.path < $1.path }
    }
}
