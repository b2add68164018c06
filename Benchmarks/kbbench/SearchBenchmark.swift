import ArgumentParser
import Foundation
import KnowledgeBase

/// `kbbench search`: load+index time, index memory, query latency and relevance on
/// `Content/` and the msdocs corpus, and nDCG@10 on Cranfield, each beside SQLite FTS5.
struct SearchBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search: load+index time, memory, latency, relevance (hit@1, MRR@10, nDCG@10) vs SQLite FTS5.")

    @Option(help: "The help-center content folder.") var content = "Content"
    @Option(help: "The msdocs corpus folder.") var corpus = "../shared/corpus/msdocs"
    @Option(help: "The evaluation data folder.") var eval = "../shared/eval"
    @Option(help: "Times each query is run for latency.") var repeats = 5
    @Option(help: "Hits asked for in the latency runs (0 leaves out hit building: sections and snippets).") var latencyLimit = 10
    @Flag(help: "Print the queries whose expected article is not first.") var misses = false
    @Option(help: "Another query file (kb-queries TSV format) for Content/.") var queries: String?
    @Flag(help: "Leave out SQLite FTS5 (faster tuning runs).") var skipFTS5 = false
    @Option(help: "Only this part: content, msdocs or cranfield.") var only: String?
    @Option(help: "Parameter overrides for tuning, e.g. k1=1.0,coordination=1,proximity=0.5,title=2,body.b=0.7.") var tune = ""

    private var bm25f: BM25FParameters {
        var parameters = BM25FParameters.standard
        for (key, value) in overrides {
            if key == "k1" { parameters.k1 = value }
            for field in IndexField.allCases {
                if key == "\(field)" { parameters.weights[field.rawValue] = value }
                if key == "\(field).b" { parameters.b[field.rawValue] = value }
            }
        }
        return parameters
    }

    private var ranking: RankingParameters {
        var ranking = RankingParameters.standard
        for (key, value) in overrides {
            switch key {
            case "coordination": ranking.coordinationExponent = value
            case "proximity": ranking.proximityWeight = value
            case "synonym": ranking.synonymWeight = value
            case "prefix": ranking.prefixWeight = value
            case "fuzzy1": ranking.fuzzyWeights[0] = value
            case "fuzzy2": ranking.fuzzyWeights[1] = value
            default: break
            }
        }
        return ranking
    }

    private var overrides: [(String, Double)] {
        tune.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let value = Double(parts[1]) else { return nil }
            return (String(parts[0]), value)
        }
    }

    func validate() throws {
        if let only, !["content", "msdocs", "cranfield"].contains(only) {
            throw ValidationError("--only must be content, msdocs or cranfield, not '\(only)'.")
        }
        guard repeats >= 0 else { throw ValidationError("--repeats must not be negative.") }
        if !tune.isEmpty, overrides.count != tune.split(separator: ",").count {
            throw ValidationError("--tune takes key=number pairs separated by commas.")
        }
    }

    func run() async throws {
        let evalDirectory = URL(fileURLWithPath: eval)
        print("kbbench search (release build expected; wall and thread-CPU times)\n")
        if only == nil || only == "content", FileManager.default.fileExists(atPath: content) {
            let judged = try EvaluationQuery.loadTSV(queries.map { URL(fileURLWithPath: $0) } ?? evalDirectory.appendingPathComponent("kb-queries-dev.tsv"))
            let queriesName = queries.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "kb-queries-dev"
            try runCollection(name: "Content", directory: URL(fileURLWithPath: content), queries: judged, queriesName: queriesName)
        } else if only == nil {
            print("Content: no folder at \(content)\n")
        }
        if only == nil || only == "msdocs" {
            let pairs = try EvaluationQuery.loadPairs(evalDirectory.appendingPathComponent("msdocs-pairs-dev.jsonl"))
            try runCollection(name: "msdocs", directory: URL(fileURLWithPath: corpus), queries: pairs, queriesName: "msdocs-pairs-dev")
        }
        if only == nil || only == "cranfield" { try runCranfield(evalDirectory.appendingPathComponent("cranfield")) }
    }

    private func load(_ directory: URL) throws -> (articles: [Article], synonyms: SynonymTable) {
        var report = LoadReport()
        let synonyms = KnowledgeBase.synonyms(in: directory, report: &report)
        return (try ContentLoader(directory: directory).load().articles, synonyms)
    }

    private func runCollection(name: String, directory: URL, queries: [EvaluationQuery], queriesName: String) throws {
        let rssBefore = SearchMeasure.residentBytes()
        let loadStart = ContinuousClock.now
        let (articles, synonyms) = try load(directory)
        let loadTime = ContinuousClock.now - loadStart
        let indexStart = ContinuousClock.now
        let indexCPUStart = SearchMeasure.threadCPUTime()
        let index = IndexBuilder(synonyms: synonyms, parameters: bm25f).build(articles)
        let indexTime = ContinuousClock.now - indexStart
        let indexCPU = SearchMeasure.threadCPUTime() - indexCPUStart
        let rssAfter = SearchMeasure.residentBytes()
        let searcher = Searcher(index: index, ranking: ranking)

        let ftsStart = ContinuousClock.now
        let fts = skipFTS5 ? nil : try SearchFTS5Baseline(articles: articles)
        let ftsBuild = ContinuousClock.now - ftsStart

        var ours = SearchMeasure.Relevance(), theirs = SearchMeasure.Relevance()
        var oursByKind: [String: SearchMeasure.Relevance] = [:]
        var latencies: [Duration] = [], ftsLatencies: [Duration] = [], cpuLatencies: [Duration] = []
        for query in queries {
            let results = searcher.search(SearchRequest(query: query.query, limit: 10))
            let ranked = results.hits.map(\.id)
            ours.add(ranked, query.expected)
            if let kind = query.kind { oursByKind[kind, default: SearchMeasure.Relevance()].add(ranked, query.expected) }
            if misses, ranked.first.map({ !query.expected.contains($0) }) ?? true {
                print("  miss: \(query.query.prefix(100)) -> \(ranked.first?.rawValue ?? "nothing") (want \(query.expected.map(\.rawValue).sorted().joined(separator: ",")), rank \(ranked.firstIndex { query.expected.contains($0) }.map { String($0 + 1) } ?? "-"))")
            }
            guard let fts else { continue }
            let ftsStart = ContinuousClock.now
            let ftsRanked = try fts.search(query.query)
            ftsLatencies.append(ContinuousClock.now - ftsStart)
            theirs.add(ftsRanked, query.expected)
        }
        for _ in 0..<repeats {
            for query in queries {
                let start = ContinuousClock.now
                let cpuStart = SearchMeasure.threadCPUTime()
                _ = searcher.search(SearchRequest(query: query.query, limit: latencyLimit))
                cpuLatencies.append(SearchMeasure.threadCPUTime() - cpuStart)
                latencies.append(ContinuousClock.now - start)
            }
        }
        print("== \(name): \(articles.count) articles, \(index.termCount) terms, \(index.bigramCount) bigrams")
        print("  load        \(SearchMeasure.ms(loadTime)) ms   index \(SearchMeasure.ms(indexTime)) ms   load+index \(SearchMeasure.ms(loadTime + indexTime)) ms (index CPU \(SearchMeasure.ms(indexCPU)) ms)   (FTS5 build \(SearchMeasure.ms(ftsBuild)) ms)")
        print("  memory      index estimate \(index.estimatedBytes / 1_048_576) MiB, RSS delta of load+index \(max(0, rssAfter - rssBefore) / 1_048_576) MiB")
        print("  latency     p50 \(SearchMeasure.percentile(latencies, 0.5)) ms, p99 \(SearchMeasure.percentile(latencies, 0.99)) ms over \(latencies.count) queries (thread CPU time p50 \(SearchMeasure.percentile(cpuLatencies, 0.5)) ms, p99 \(SearchMeasure.percentile(cpuLatencies, 0.99)) ms)   (FTS5 p50 \(SearchMeasure.percentile(ftsLatencies, 0.5)) ms, p99 \(SearchMeasure.percentile(ftsLatencies, 0.99)) ms)")
        print("  \(queriesName) (\(queries.count)):   kbserve hit@1 \(SearchMeasure.f(ours.hitAt1)) (\(Int(ours.hits))/\(ours.count)) MRR@10 \(SearchMeasure.f(ours.mrr))   |   FTS5 hit@1 \(SearchMeasure.f(theirs.hitAt1)) MRR@10 \(SearchMeasure.f(theirs.mrr))")
        for (kind, relevance) in oursByKind.sorted(by: { $0.key < $1.key }) {
            print("    \(kind) (\(relevance.count)): hit@1 \(SearchMeasure.f(relevance.hitAt1)) (\(Int(relevance.hits))/\(relevance.count)) MRR@10 \(SearchMeasure.f(relevance.mrr))")
        }
        print("")
    }

    private func runCranfield(_ directory: URL) throws {
        let cranfield = try CranfieldCollection(directory: directory)
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(), parameters: bm25f).build(cranfield.articles), ranking: ranking)
        let fts = try SearchFTS5Baseline(articles: cranfield.articles)
        var ours = 0.0, theirs = 0.0
        for query in cranfield.queries {
            let ranked = searcher.search(SearchRequest(query: query.text, limit: 10)).hits.map(\.id.rawValue)
            ours += RelevanceMetrics.ndcg(ranked, grades: query.grades)
            theirs += RelevanceMetrics.ndcg(try fts.search(query.text).map(\.rawValue), grades: query.grades)
        }
        let count = Double(cranfield.queries.count)
        print("== Cranfield: \(cranfield.articles.count) abstracts, \(cranfield.queries.count) queries, grades 1-4, no synonyms")
        print("  nDCG@10     kbserve \(SearchMeasure.f(ours / count))   |   FTS5 \(SearchMeasure.f(theirs / count))")
    }
}
