import ArgumentParser
import Diagnoser
import Evaluation
import Foundation
import KnowledgeBase

/// `kbbench diagnose`: Diagnoser latency (p50/p99) and accuracy (cause@1, article@1) on the real
/// Content/ with the evaluation cases and variations of them. Run with `-c release`.
struct DiagnoseBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Measure Diagnoser latency and accuracy on Content/ and the evaluation cases."
    )

    @Option(name: .long, help: "The content folder.")
    var content: String = "./Content"

    @Option(name: .long, parsing: .singleValue,
            help: "An evaluation file (JSON lines of request + expect). Repeatable. Default: every English case file, or with --lang es every Spanish one.")
    var cases: [String] = []

    /// The case files read when none is named: the dev cases and every fixture set, per language.
    static let englishCases = ["../shared/eval/diagnose-dev.jsonl"] + [
        "heldout", "fresh-tune", "fresh-holdout", "fresh2-tune", "fresh2-holdout", "fresh3-tune", "fresh3-holdout",
        "fresh4-tune", "fresh4-holdout", "fresh5-tune", "fresh5-holdout",
    ].map { "Tests/DiagnoserTests/Fixtures/diagnose-\($0).jsonl" }
    static let spanishCases = ["es-tune", "es-holdout", "es-fresh", "es-fresh2-tune", "es-fresh2-holdout"]
        .map { "Tests/DiagnoserTests/Fixtures/diagnose-\($0).jsonl" }

    @Option(name: .long, help: "Timed passes over all requests.")
    var iterations: Int = 200

    @Option(help: "The articles' language: en, or es (the translations in <content>/es).")
    var lang: String = "en"

    @Option(help: "Write every request's diagnosis (JSON, one line each, in request order) to this file, to compare answers before and after a change.")
    var dump: String?

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be at least 1.") }
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang must be en or es, not '\(lang)'.") }
    }

    func run() async throws {
        let language = Language(rawValue: lang) ?? .original
        var directory = URL(fileURLWithPath: content, isDirectory: true)
        var loader = ContentLoader(directory: directory)
        if let folder = language.contentFolder {
            directory = directory.appendingPathComponent(folder)
            loader = ContentLoader(directory: directory)
            loader.skippedRootFolders = []
        }
        let knowledgeBase = KnowledgeBase(loaded: try loader.load(), synonymsIn: directory, language: language)
        let diagnoser = Diagnoser(knowledgeBase: knowledgeBase)
        if !diagnoser.problems.isEmpty { print("conditions not understood: \(diagnoser.problems)") }

        var requests: [DiagnosisRequest] = []
        // Calibration over the dev set and the fresh set (the issue's measure), and over every file.
        var calibration = DiagnoseCalibration(), calibrationAll = DiagnoseCalibration()
        for path in cases.isEmpty ? (language == .es ? Self.spanishCases : Self.englishCases) : cases {
            let loaded = try EvaluationCase.load(from: URL(fileURLWithPath: path))
            let accuracy = DiagnosisAccuracy(cases: loaded, diagnoser: diagnoser)
            let name = URL(fileURLWithPath: path).lastPathComponent
            print(accuracy.summary(name: name))
            for outcome in accuracy.outcomes {
                calibrationAll.add(outcome)
                if name.contains("dev") || name.contains("fresh") { calibration.add(outcome) }
            }
            for evaluationCase in loaded {
                requests.append(contentsOf: DiagnoseVariations.of(evaluationCase.request))
            }
        }
        print(calibration.table(name: "dev + fresh"))
        print(calibrationAll.table(name: "every file"))
        print("\(knowledgeBase.articles.count) articles, \(diagnoser.causeIDs.count) causes, \(requests.count) requests x \(iterations) passes")

        for request in requests { _ = diagnoser.diagnose(request) }  // warm up
        if let dump { try Self.write(requests.map(diagnoser.diagnose), to: dump) }
        var nanoseconds: [UInt64] = []
        nanoseconds.reserveCapacity(requests.count * iterations)
        var perRequest = [[UInt64]](repeating: [], count: requests.count)
        var checksum = 0
        for _ in 0..<iterations {
            for (index, request) in requests.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                let diagnosis = diagnoser.diagnose(request)
                let elapsed = DispatchTime.now().uptimeNanoseconds - start
                nanoseconds.append(elapsed)
                perRequest[index].append(elapsed)
                checksum &+= diagnosis.causes.count
            }
        }
        // The slowest requests by median (message start and value keys only; values are never printed).
        let medians = perRequest.map { $0.sorted()[$0.count / 2] }
        for index in medians.indices.sorted(by: { medians[$0] > medians[$1] }).prefix(5) {
            let request = requests[index]
            print(String(format: "  slow: %.1f µs median  ", Double(medians[index]) / 1000)
                  + "\(String((request.message ?? "").prefix(50)).debugDescription) values: \(request.values.keys.sorted())")
        }
        nanoseconds.sort()
        func percentile(_ p: Double) -> Double {
            Double(nanoseconds[min(nanoseconds.count - 1, Int(Double(nanoseconds.count) * p))]) / 1000
        }
        let mean = Double(nanoseconds.reduce(0, +)) / Double(nanoseconds.count) / 1000
        print(String(format: "diagnose latency: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs, mean %.1f µs (%d calls, checksum %d)",
                     percentile(0.5), percentile(0.9), percentile(0.99), percentile(1), mean, nanoseconds.count, checksum))
        // Per-request medians are robust to the scheduler pausing the process on a busy machine.
        let sortedMedians = medians.sorted()
        print(String(format: "per-request medians: p50 %.1f µs, p99 %.1f µs, max %.1f µs",
                     Double(sortedMedians[sortedMedians.count / 2]) / 1000,
                     Double(sortedMedians[min(sortedMedians.count - 1, Int(Double(sortedMedians.count) * 0.99))]) / 1000,
                     Double(sortedMedians[sortedMedians.count - 1]) / 1000))
        print("targets: p50 <= 50 µs, p99 <= 500 µs")
    }

    /// The diagnoses as JSON lines with sorted keys: the same answers give the same bytes.
    static func write(_ diagnoses: [Diagnosis], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for diagnosis in diagnoses {
            data.append(try encoder.encode(diagnosis))
            data.append(UInt8(ascii: "\n"))
        }
        try data.write(to: URL(fileURLWithPath: path))
        print("wrote \(diagnoses.count) diagnoses to \(path)")
    }
}
