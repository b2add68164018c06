import ArgumentParser
import Foundation
import KnowledgeBase

/// `kbserve search`: one query for a person (or `--json`), or a batch file for evaluation tools.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the help articles.",
        discussion: """
            With --batch FILE, reads one query per line and writes one JSON line per query:
            {"query": "...", "results": [{"id": "...", "title": "...", "anchor": "...", "score": 1.0}]}
            """
    )

    @OptionGroup var options: ContentOptions

    @Argument(help: "What to search for.")
    var query: String?

    @Option(help: "How many results to show (1-100).")
    var limit: Int = 10

    @Option(help: "Only articles of this category.")
    var category: String?

    @Option(help: "Who is searching: patient (the default) or staff (also finds the guides for office staff).")
    var audience: Audience = .patient

    @Flag(help: "Print JSON instead of readable text.")
    var json = false

    @Flag(help: "Explain each score.")
    var explain = false

    @Option(help: "A file of queries, one per line; prints one JSON line per query.")
    var batch: String?

    func validate() throws {
        switch (query, batch) {
        case (nil, nil): throw ValidationError("Give a query, or --batch FILE.")
        case (.some, .some): throw ValidationError("Give either a query or --batch FILE, not both.")
        default: break
        }
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be between 1 and 100.") }
        if let category, !Category.known.contains(Category(rawValue: category)) {
            let known = Category.known.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("Unknown category '\(category)'. Known: \(known).")
        }
        if let batch, !FileManager.default.isReadableFile(atPath: batch) {
            throw ValidationError("Cannot read the batch file '\(batch)'.")
        }
    }

    func run() async throws {
        let knowledgeBase = try options.loadKnowledgeBase()
        let category = category.map(Category.init(rawValue:))
        if let batch {
            try runBatch(file: batch, knowledgeBase: knowledgeBase, category: category, audience: audience)
            return
        }
        let results = knowledgeBase.search(
            SearchRequest(query: query ?? "", limit: limit, category: category, audience: audience, explain: explain))
        if json {
            print(try JSONOutput.string(results))
        } else {
            print(ReadableSearchResults(results: results, showExplanations: explain).text)
        }
    }

    private func runBatch(file: String, knowledgeBase: KnowledgeBase, category: Category?, audience: Audience) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            let query = line.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty else { continue }
            let results = knowledgeBase.search(SearchRequest(query: query, limit: limit, category: category, audience: audience))
            let entry = BatchLine(
                query: query,
                results: results.hits.map { .init(id: $0.id.rawValue, title: $0.title, anchor: $0.anchor, score: $0.score) })
            print(try JSONOutput.string(entry))
        }
    }
}

/// One line of `kbserve search --batch` output: the form evaluation tools read.
struct BatchLine: Encodable {
    struct Result: Encodable {
        var id: String
        var title: String
        var anchor: String
        var score: Double
    }

    var query: String
    var results: [Result]
}

extension Audience: ExpressibleByArgument {}
