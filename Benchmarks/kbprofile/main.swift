import Foundation
import KnowledgeBase

// A synchronous driver for instruction-count profiles of search (valgrind cannot run the
// async entry points of kbserve and kbbench: libdispatch's main queue stops it). It loads a
// content folder, then runs every query of a file (one per line) `repeats` times, the way a
// request does: ten hits with sections and snippets. scripts/profile-search.sh runs it under
// callgrind and prints where the instructions go.
//
//   kbprofile CONTENT QUERIES [REPEATS] [--index-only]
let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let indexOnly = CommandLine.arguments.contains("--index-only")
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: kbprofile CONTENT QUERIES [REPEATS] [--index-only]\n".utf8))
    exit(2)
}
let content = URL(fileURLWithPath: arguments[arguments.startIndex])
let queries = try String(contentsOfFile: arguments[arguments.startIndex + 1], encoding: .utf8)
    .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
let repeats = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2]) ?? 1 : 1
let knowledgeBase = try KnowledgeBase.load(from: content)
if indexOnly { exit(0) }
var hits = 0
for _ in 0..<repeats {
    for query in queries { hits += knowledgeBase.search(SearchRequest(query: query, limit: 10)).hits.count }
}
print("\(knowledgeBase.articles.count) articles, \(queries.count) queries × \(repeats), \(hits) hits")
