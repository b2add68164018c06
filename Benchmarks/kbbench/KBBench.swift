import ArgumentParser

/// `kbbench`: measurements on real data, in a release build (`swift run -c release kbbench`).
@main
struct KBBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kbbench",
        abstract: "Benchmarks kbserve on real data. Run with -c release.",
        subcommands: [MarkdownBenchmark.self, SearchBenchmark.self, DiagnoseBenchmark.self]
    )
}
