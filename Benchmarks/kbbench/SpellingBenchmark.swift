import Evaluation
import Foundation
import KnowledgeBase

/// "Did you mean" on `Content/`: for each spelling set, the suggestions that are exactly
/// those wanted, and those offered for queries spelled right (words the articles never write).
extension SearchBenchmark {
    func runSpelling(sets: [(String, [SpellingCase])]) throws {
        let (articles, synonyms) = try load(URL(fileURLWithPath: content), language: .original)
        var ranking = self.ranking
        ranking.siteName = KnowledgeBase.siteName
        let searcher = Searcher(index: IndexBuilder(synonyms: synonyms, parameters: bm25f).build(articles), ranking: ranking)
        print("== Spelling (\"did you mean\" on Content/)")
        for (setName, cases) in sets {
            var score = SpellingScore()
            var byKind: [String: SpellingScore] = [:]
            for spellingCase in cases {
                let suggestion = searcher.search(SearchRequest(query: spellingCase.query)).suggestion
                score.add(spellingCase, suggestion: suggestion)
                byKind[spellingCase.kind, default: SpellingScore()].add(spellingCase, suggestion: suggestion)
                if misses, !SearchMeasure.isUntouched(setName), suggestion?.lowercased() != spellingCase.expected?.lowercased() {
                    print("  spelling miss [\(setName), \(spellingCase.kind)]: \(spellingCase.query) -> \(suggestion ?? "-") (want \(spellingCase.expected ?? "-"))")
                }
            }
            print("  \(setName) (\(cases.count)): \(score.summary)")
            for (kind, score) in byKind.sorted(by: { $0.key < $1.key }) { print("      \(kind): \(score.summary)") }
        }
        print("")
    }

    /// The spelling sets of `paths` that exist, by name.
    static func loadSpellingSets(_ paths: [String]) throws -> [(String, [SpellingCase])] {
        try paths.filter { FileManager.default.fileExists(atPath: $0) }.map { path in
            let url = URL(fileURLWithPath: path)
            return (url.deletingPathExtension().lastPathComponent, try SpellingCase.loadTSV(url))
        }
    }
}
