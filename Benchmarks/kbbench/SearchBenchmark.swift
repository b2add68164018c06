import ArgumentParser
import Foundation
import Evaluation
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
    @Flag(help: "Print the queries whose expected article is not first (tune sets only, never a holdout).") var misses = false
    @Option(help: "Another query file (kb-queries TSV format) for Content/.") var queries: String?
    @Flag(help: "Leave out SQLite FTS5 (faster tuning runs).") var skipFTS5 = false
    @Option(help: "Only this part: content, spelling, spanish, languages (other-language answers), msdocs or cranfield.") var only: String?
    @Option(help: "Parameter overrides for tuning, e.g. k1=1.0,coordination=1,proximity=0.5,title=2,body.b=0.7.") var tune = ""

    var bm25f: BM25FParameters {
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

    var ranking: RankingParameters {
        var ranking = RankingParameters.standard
        for (key, value) in overrides {
            switch key {
            case "coordination": ranking.coordinationExponent = value
            case "pastedcoordination": ranking.pastedCoordinationExponent = value
            case "proximity": ranking.proximityWeight = value
            case "synonym": ranking.synonymWeight = value
            case "prefix": ranking.prefixWeight = value
            case "fuzzy1": ranking.fuzzyWeights[0] = value
            case "fuzzy2": ranking.fuzzyWeights[1] = value
            case "msm": ranking.minimumShouldMatch = value
            case "pastedmsm": ranking.pastedMinimumShouldMatch = value
            case "confident": ranking.confidentScore = value
            case "pastedconfident": ranking.pastedConfidentScore = value
            case "officevoice": ranking.officeVoicePrior = value
            case "incidental": ranking.incidentalWordWeight = value
            case "titleshare": ranking.titleShareBoost = value
            case "context": ranking.contextWordWeight = value
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
        if let only, !["content", "spelling", "spanish", "languages", "msdocs", "cranfield"].contains(only) {
            throw ValidationError("--only must be content, spelling, spanish, languages, msdocs or cranfield, not '\(only)'.")
        }
        guard repeats >= 0 else { throw ValidationError("--repeats must not be negative.") }
        if !tune.isEmpty, overrides.count != tune.split(separator: ",").count {
            throw ValidationError("--tune takes key=number pairs separated by commas.")
        }
    }

    @Option(help: "The Spanish query sets, searched in Content/es.")
    var spanishSets = ["es-search-tune", "es-search-holdout", "es-search-fresh3-holdout", "es-search-fresh5-holdout", "es-search-fresh6-holdout", "es-search-fresh7-holdout", "es-search-fresh8-tune", "es-search-chat-tune", "es-search-chat-holdout", "es-search-real-holdout", "es-search-real2-tune", "es-search-real2-holdout", "es-search-everyday-tune", "es-search-everyday-holdout", "es-search-short-tune", "es-search-short-holdout"].map { "Tests/KnowledgeBaseTests/Fixtures/Queries/\($0).tsv" }

    @Option(help: "The help-center sets that name the section answering each query (id#anchor): scored apart, for section choice.")
    var sectionSets = ["sections-tune", "sections-holdout", "sections-fresh2-holdout"].map { "Tests/KnowledgeBaseTests/Fixtures/Queries/\($0).tsv" }

    @Option(help: "The same in Spanish, searched in Content/es.")
    var spanishSectionSets = ["es-sections-tune", "es-sections-holdout", "es-sections-fresh2-holdout"].map { "Tests/KnowledgeBaseTests/Fixtures/Queries/\($0).tsv" }

    @Option(help: "The \"did you mean\" sets (query, suggestion or -, kind), on Content/.")
    var spellingSets = ["spelling-tune", "spelling-holdout"].map { "Tests/KnowledgeBaseTests/Fixtures/Spelling/\($0).tsv" }

    @Option(help: "The same in Spanish, on Content/es.")
    var spanishSpellingSets = ["es-spelling-tune", "es-spelling-holdout"].map { "Tests/KnowledgeBaseTests/Fixtures/Spelling/\($0).tsv" }

    @Flag(help: "Leave out the peer engines (tantivy, bm25s through scripts/peer-search.sh).") var skipPeers = false
    @Option(help: "The help-center query sets besides kb-queries-dev (kb-queries TSV format, optional kind column).")
    var sets = ["search-tune", "search-holdout", "howto-queries", "search-howto-future", "search-fresh2-tune", "search-fresh2-holdout",
                "search-fresh3-tune", "search-fresh3-holdout", "search-fresh4-tune", "search-fresh4-holdout", "search-fresh5-holdout", "search-fresh6-holdout", "search-fresh7-holdout", "search-fresh8-holdout", "search-fresh9-holdout", "search-fresh10-holdout", "search-fresh11-holdout", "search-fresh12-tune", "search-agent-tune", "search-agent-holdout",
                "search-chat-tune", "search-chat-holdout", "search-chat2-tune", "search-chat2-holdout", "search-chat3-tune", "search-chat3-holdout", "search-values-tune", "search-values-holdout", "search-links-holdout", "search-names-holdout",
                "search-months-tune", "search-months-holdout", "search-real-tune", "search-real-holdout", "search-real3-holdout", "search-real4-holdout", "search-real5-holdout", "search-real6-tune", "search-real6-holdout", "search-joined-tune", "search-joined-holdout", "search-short-tune", "search-short-holdout"].map { "Tests/KnowledgeBaseTests/Fixtures/Queries/\($0).tsv" }

    func run() async throws {
        let evalDirectory = URL(fileURLWithPath: eval)
        print("kbbench search (release build expected; wall and thread-CPU times)\n")
        let peers = skipPeers ? [] : PeerEngine.all(repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if only == nil || only == "content", FileManager.default.fileExists(atPath: content) {
            let querySets = [("kb-queries-dev", try EvaluationQuery.loadTSV(evalDirectory.appendingPathComponent("kb-queries-dev.tsv")))]
                + (try Self.loadExisting(queries.map { [$0] } ?? sets))
            try runCollection(name: "Content", directory: URL(fileURLWithPath: content), sets: querySets, peers: peers,
                              isHelpCenter: true, sectionSets: try Self.loadExisting(sectionSets))
        } else if only == nil {
            print("Content: no folder at \(content)\n")
        }
        if only == nil || only == "spelling", FileManager.default.fileExists(atPath: content) {
            try runSpelling(URL(fileURLWithPath: content), language: .en, sets: try Self.loadSpellingSets(spellingSets))
            try runSpelling(URL(fileURLWithPath: content).appendingPathComponent("es"), language: .es,
                            sets: try Self.loadSpellingSets(spanishSpellingSets))
        }
        let spanishContent = URL(fileURLWithPath: content).appendingPathComponent("es")
        if only == nil || only == "spanish", FileManager.default.fileExists(atPath: spanishContent.path) {
            // Spanish queries (es-search-tune is tuned on; the holdouts are reported untouched); no peer has a Spanish analyzer here.
            try runCollection(name: "Content/es (Spanish)", directory: spanishContent, sets: try Self.loadExisting(spanishSets), peers: [],
                              isHelpCenter: true, language: .es, sectionSets: try Self.loadExisting(spanishSectionSets))
        }
        if only == nil || only == "languages" {
            let english = try Self.loadExisting([evalDirectory.appendingPathComponent("kb-queries-dev.tsv").path] + sets)
            try runOtherLanguage(englishSets: english, spanishSets: try Self.loadExisting(spanishSets))
        }
        if only == nil || only == "msdocs" {
            let pairs = try EvaluationQuery.loadPairs(evalDirectory.appendingPathComponent("msdocs-pairs-dev.jsonl"))
            // Tuned on the even lines only; the odd half is reported untouched.
            let tune = pairs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            let report = pairs.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            try runCollection(name: "msdocs", directory: URL(fileURLWithPath: corpus),
                              sets: [("msdocs-pairs-dev, both halves", pairs), ("  even half (tuned on)", tune), ("  odd half (untouched)", report)],
                              peers: peers)
        }
        if only == nil || only == "cranfield" { try runCranfield(evalDirectory.appendingPathComponent("cranfield"), peers: peers) }
    }

    /// One query whose first hit is not an expected article: what came first, what was wanted
    /// and where it ranked.
    static func printMiss(_ miss: RelevanceRun.Outcome, in setName: String) {
        let query = miss.query
        print("  miss [\(setName)\(query.kind.isEmpty ? "" : ", \(query.kind)")]: \(query.query.prefix(100)) -> \(miss.ranked.first?.rawValue ?? "nothing") (want \(query.expected.map(\.rawValue).sorted().joined(separator: ",")), rank \(miss.rank.map(String.init) ?? "-"))")
    }

    /// The sets of `paths` that exist, by name.
    static func loadExisting(_ paths: [String]) throws -> [(String, [EvaluationQuery])] {
        try paths.filter { FileManager.default.fileExists(atPath: $0) }.map { path in
            let url = URL(fileURLWithPath: path)
            return (url.deletingPathExtension().lastPathComponent, try EvaluationQuery.loadTSV(url))
        }
    }

    func load(_ directory: URL, language: Language) throws -> (articles: [Article], synonyms: SynonymTable) {
        var report = LoadReport()
        let synonyms = KnowledgeBase.synonyms(in: directory, language: language, report: &report)
        var loader = ContentLoader(directory: directory)
        if language != .original { loader.skippedRootFolders = [] }
        return (try loader.load().articles, synonyms)
    }

    private func runCollection(name: String, directory: URL, sets: [(String, [EvaluationQuery])], peers: [PeerEngine],
                               isHelpCenter: Bool = false, language: Language = .original, sectionSets: [(String, [EvaluationQuery])] = []) throws {
        let rssBefore = SearchMeasure.residentBytes()
        let loadStart = ContinuousClock.now
        let (articles, synonyms) = try load(directory, language: language)
        let loadTime = ContinuousClock.now - loadStart
        let indexStart = ContinuousClock.now
        let indexCPUStart = SearchMeasure.threadCPUTime()
        let index = IndexBuilder(synonyms: synonyms, analyzer: .standard(for: language), parameters: bm25f).build(articles)
        let indexTime = ContinuousClock.now - indexStart
        let indexCPU = SearchMeasure.threadCPUTime() - indexCPUStart
        let rssAfter = SearchMeasure.residentBytes()
        // The help center's site name and word; msdocs and Cranfield have none.
        let searcher = Searcher(index: index, ranking: isHelpCenter ? KnowledgeBase.ranking(ranking) : ranking)

        let ftsStart = ContinuousClock.now
        let fts = skipFTS5 ? nil : try SearchFTS5Baseline(articles: articles)
        let ftsBuild = ContinuousClock.now - ftsStart

        // Every distinct query of every set once, for the latency runs and the peers.
        var allQueries: [String] = []
        var seen: Set<String> = []
        for (_, queries) in sets { for query in queries where seen.insert(query.query).inserted { allQueries.append(query.query) } }
        var peerRuns: [(String, PeerEngine.Run)] = []
        for peer in peers {
            if let run = peer.run(articles: articles, queries: allQueries, repeats: repeats) { peerRuns.append((peer.name, run)) }
        }
        let peerRanked = peerRuns.map { run in
            (run.0, Dictionary(zip(allQueries, run.1.ranked.map { $0.map(ArticleID.init(rawValue:)) }), uniquingKeysWith: { a, _ in a }))
        }
        var latencies: [Duration] = [], ftsLatencies: [Duration] = [], cpuLatencies: [Duration] = []
        var table: [String] = []
        // The sets never tuned on, taken as one, and their one- and two-word queries (kind "short").
        var untouched = PooledScores(), untouchedShort = PooledScores()
        for (setName, queries) in sets {
            let ours = RelevanceRun(queries, search: searcher.search)
            let answerable = queries.filter { !$0.expectsNoAnswer }
            let theirs = try fts.map { fts in
                try RelevanceRun(answerable) { query in
                    let start = ContinuousClock.now
                    defer { ftsLatencies.append(ContinuousClock.now - start) }
                    return try fts.search(query)
                }
            }
            let peerRuns = peerRanked.map { peer in (peer.0, RelevanceRun(answerable) { peer.1[$0] ?? [] }) }
            let peerScores = peerRuns.map { ($0.0, $0.1.score) }
            if SearchMeasure.isPooledUntouched(setName) {
                untouched.addSet()
                let runs = [("kbserve", ours)] + (theirs.map { [("FTS5", $0)] } ?? []) + peerRuns
                for (engine, run) in runs {
                    untouched.add(engine, run.score)
                    untouchedShort.add(engine, run.scoreByKind["short"] ?? RelevanceScore())
                }
            }
            // Misses are printed for sets that may be studied only: a holdout or a set written
            // blind for the future is reported as a figure, never read line by line.
            if misses, !SearchMeasure.isUntouched(setName) {
                for miss in ours.misses { Self.printMiss(miss, in: setName) }
                for outcome in ours.unanswerable where outcome.confident == true {
                    print("  answered [\(setName), none]: \(outcome.query.query) -> \(outcome.ranked.first?.rawValue ?? "-")")
                }
            }
            let score = ours.score
            var line = "  \(setName) (\(score.count)): kbserve hit@1 \(SearchMeasure.f(score.hitAt1)) MRR@10 \(SearchMeasure.f(score.mrr))"
            if let theirs { line += "  | FTS5 \(SearchMeasure.f(theirs.score.hitAt1)) / \(SearchMeasure.f(theirs.score.mrr))" }
            for (peer, score) in peerScores { line += "  | \(peer) \(SearchMeasure.f(score.hitAt1)) / \(SearchMeasure.f(score.mrr))" }
            table.append(line)
            let confident = ours.answerable.filter { $0.confident == true }
            if score.count > 0 {
                table.append("      confident on \(confident.count) of \(score.count) answerable; right when confident \(confident.count(where: \.isHit))/\(confident.count)")
            }
            let noAnswer = ours.unanswerable
            if !noAnswer.isEmpty {
                let said = noAnswer.count { $0.confident == false }
                table.append("      no article (\(noAnswer.count) queries): kbserve says so for \(said) (\(SearchMeasure.f(Double(said) / Double(noAnswer.count))))")
            }
            let theirKinds = theirs?.scoreByKind ?? [:]
            for (kind, mine) in ours.scoreByKind.sorted(by: { $0.key < $1.key }) {
                table.append("      \(kind) (\(mine.count)): hit@1 \(SearchMeasure.f(mine.hitAt1))\(theirs == nil ? "" : "  | FTS5 \(SearchMeasure.f(theirKinds[kind, default: RelevanceScore()].hitAt1))")")
            }
        }
        // Section choice: how often the first hit, when it is the right article, links to the
        // section that answers (a set apart: it counts in no pooled figure and no latency run).
        for (setName, queries) in sectionSets {
            let run = RelevanceRun(queries, search: searcher.search)
            let counts = run.sectionCounts
            guard counts.queries > 0 else { continue }
            table.append("  \(setName) (\(counts.queries)): right article first \(SearchMeasure.f(Double(counts.articleHits) / Double(counts.queries))), "
                         + "linked to the right section \(SearchMeasure.f(Double(counts.sectionHits) / Double(counts.queries))) "
                         + "(\(counts.sectionHits) of the \(counts.articleHits) right articles)")
            if misses, !SearchMeasure.isUntouched(setName) {
                for outcome in run.sectioned where !outcome.isHit { Self.printMiss(outcome, in: setName) }
                for outcome in run.sectioned where outcome.isHit && !outcome.isSectionHit {
                    let wanted = outcome.query.sections.map(\.description).sorted().joined(separator: ",")
                    print("  section miss [\(setName)]: \(outcome.query.query.prefix(100)) -> #\(outcome.firstSection?.anchor ?? "") (want \(wanted))")
                }
            }
        }
        for _ in 0..<repeats {
            for query in allQueries {
                let start = ContinuousClock.now
                let cpuStart = SearchMeasure.threadCPUTime()
                _ = searcher.search(SearchRequest(query: query, limit: latencyLimit))
                cpuLatencies.append(SearchMeasure.threadCPUTime() - cpuStart)
                latencies.append(ContinuousClock.now - start)
            }
        }
        print("== \(name): \(articles.count) articles, \(index.termCount) terms, \(index.bigramCount) bigrams")
        print("  load        \(SearchMeasure.ms(loadTime)) ms   index \(SearchMeasure.ms(indexTime)) ms   load+index \(SearchMeasure.ms(loadTime + indexTime)) ms (index CPU \(SearchMeasure.ms(indexCPU)) ms)   (FTS5 build \(SearchMeasure.ms(ftsBuild)) ms)")
        print("  memory      index estimate \(index.estimatedBytes / 1_048_576) MiB, RSS delta of load+index \(max(0, rssAfter - rssBefore) / 1_048_576) MiB")
        print("  latency     p50 \(SearchMeasure.percentile(latencies, 0.5)) ms, p99 \(SearchMeasure.percentile(latencies, 0.99)) ms over \(latencies.count) queries (thread CPU time p50 \(SearchMeasure.percentile(cpuLatencies, 0.5)) ms, p99 \(SearchMeasure.percentile(cpuLatencies, 0.99)) ms)   (FTS5 p50 \(SearchMeasure.percentile(ftsLatencies, 0.5)) ms, p99 \(SearchMeasure.percentile(ftsLatencies, 0.99)) ms)")
        for (peer, run) in peerRuns {
            print("  \(peer) \(run.version): index \(String(format: "%.1f", run.indexSeconds * 1000)) ms, query p50 \(String(format: "%.3f", run.p50)) ms, p99 \(String(format: "%.3f", run.p99)) ms (Python, in-process timing)")
        }
        print("  relevance   hit@1 / MRR@10 on queries with an article")
        for line in table { print(line) }
        if untouched.sets > 1, let summary = untouched.summary {
            print("  the \(untouched.sets) untouched sets together: \(summary)")
            if let short = untouchedShort.summary { print("    their one- and two-word queries (kind short): \(short)") }
        }
        print("")
    }

    private func runCranfield(_ directory: URL, peers: [PeerEngine]) throws {
        let cranfield = try CranfieldCollection(directory: directory)
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(), parameters: bm25f).build(cranfield.articles), ranking: ranking)
        let fts = try SearchFTS5Baseline(articles: cranfield.articles)
        let ours = cranfield.score { searcher.search(SearchRequest(query: $0.text, limit: 10)).hits.map(\.id.rawValue) }
        let theirs = try cranfield.score { try fts.search($0.text).map(\.rawValue) }
        var line = "  nDCG@10     kbserve \(SearchMeasure.f(ours.ndcg))   |   FTS5 \(SearchMeasure.f(theirs.ndcg))"
        for peer in peers {
            guard let run = peer.run(articles: cranfield.articles, queries: cranfield.queries.map(\.text), repeats: 1) else { continue }
            line += "   |   \(peer.name) \(SearchMeasure.f(cranfield.score { run.ranked[$0.number - 1] }.ndcg))"
        }
        print("== Cranfield: \(cranfield.articles.count) abstracts, \(cranfield.queries.count) queries, grades 1-4, no synonyms")
        print(line)
        // The halves, as for msdocs: a change that lifts one and lowers the other fits the set, not search.
        let rank = { (query: CranfieldCollection.Query) in searcher.search(SearchRequest(query: query.text, limit: 10)).hits.map(\.id.rawValue) }
        let odd = cranfield.score(of: { $0.number % 2 == 1 }, rank), even = cranfield.score(of: { $0.number % 2 == 0 }, rank)
        print("    odd-numbered queries \(SearchMeasure.f(odd.ndcg)), even-numbered \(SearchMeasure.f(even.ndcg))")
    }
}
