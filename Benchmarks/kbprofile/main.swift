import Diagnoser
import Evaluation
import Foundation
import KnowledgeBase

// A synchronous driver for instruction-count profiles (valgrind cannot run the async entry
// points of kbserve and kbbench: libdispatch's main queue stops it). It loads a content
// folder, then runs every query of a file (one per line) `repeats` times the way a request
// does (ten hits with sections and snippets), or with --diagnose every case of a Diagnoser
// case file (JSON lines). scripts/profile-search.sh runs it under callgrind.
//
//   kbprofile CONTENT QUERIES [REPEATS] [--index-only] [--digest] [--diagnose [--timings]]
// (--timings: the ten slowest Diagnoser cases by median time; --digest: a digest of the loaded
// articles, and of the search results with their snippets, to check that a change to loading
// or search leaves them byte for byte the same)
let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let indexOnly = CommandLine.arguments.contains("--index-only")
let diagnose = CommandLine.arguments.contains("--diagnose")
let printsDigest = CommandLine.arguments.contains("--digest")
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: kbprofile CONTENT QUERIES [REPEATS] [--index-only] [--digest] [--diagnose]\n".utf8))
    exit(2)
}
let content = URL(fileURLWithPath: arguments[arguments.startIndex])
let input = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
let repeats = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2]) ?? 1 : 1
let knowledgeBase = try KnowledgeBase.load(from: content)

/// FNV-1a, continued over `text`'s bytes: equal digests before and after a change mean equal output.
struct Digest {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325
    mutating func add(_ text: String) { for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 } }
    var description: String { String(value, radix: 16) }
}

if printsDigest {
    // Every article's HTML, plain text and internal links: the loaded content.
    var digest = Digest()
    for article in knowledgeBase.articles {
        digest.add(article.html + article.plainText + article.links.map { "\($0)" }.joined())
    }
    print("\(knowledgeBase.articles.count) articles, digest \(digest.description)")
}
if indexOnly { exit(0) }
if diagnose {
    let diagnoser = Diagnoser(knowledgeBase: knowledgeBase)
    let cases = try EvaluationCase.load(from: input)
    var causes = 0
    var elapsed = [[UInt64]](repeating: [], count: cases.count)
    for _ in 0..<repeats {
        for (index, evaluationCase) in cases.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            causes += diagnoser.diagnose(evaluationCase.request).causes.count
            elapsed[index].append(DispatchTime.now().uptimeNanoseconds - start)
        }
    }
    print("\(knowledgeBase.articles.count) articles, \(cases.count) cases × \(repeats), \(causes) causes")
    if CommandLine.arguments.contains("--timings") {
        // The slowest cases by median time (line number in the file and the message's start; no values).
        let medians = elapsed.map { $0.sorted()[$0.count / 2] }
        for index in medians.indices.sorted(by: { medians[$0] > medians[$1] }).prefix(10) {
            print(String(format: "%7.1f µs  case %d  ", Double(medians[index]) / 1000, index + 1)
                  + String((cases[index].request.message ?? "").prefix(60)).debugDescription)
        }
    }
} else {
    let queries = try String(contentsOf: input, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    var hits = 0
    // Every hit's id, anchor, score and snippet, the total and the spelling suggestion: the
    // results, snippets included.
    var digest = Digest()
    for _ in 0..<repeats {
        for query in queries {
            let results = knowledgeBase.search(SearchRequest(query: query, limit: 10))
            hits += results.hits.count
            if printsDigest {
                for hit in results.hits { digest.add("\(hit.id.rawValue)#\(hit.anchor) \(hit.score) \(hit.snippet)\n") }
                digest.add("total \(results.total) suggestion \(results.suggestion ?? "-")\n")
            }
        }
    }
    print("\(knowledgeBase.articles.count) articles, \(queries.count) queries × \(repeats), \(hits) hits"
          + (printsDigest ? ", digest \(digest.description)" : ""))
}
