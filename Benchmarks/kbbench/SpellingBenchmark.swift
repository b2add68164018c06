import Evaluation
import Foundation
import KnowledgeBase

/// "Did you mean" on one language's articles: for each spelling set, the suggestions that are
/// exactly those wanted, and those offered for queries spelled right (words the articles never write).
extension SearchBenchmark {
    func runSpelling(_ directory: URL, language: Language, sets: [(String, [SpellingCase])]) throws {
        guard !sets.isEmpty else { return }
        let (articles, synonyms) = try load(directory, language: language)
        let ranking = KnowledgeBase.ranking(self.ranking)
        let index = IndexBuilder(synonyms: synonyms, analyzer: .standard(for: language), parameters: bm25f).build(articles)
        let searcher = Searcher(index: index, ranking: ranking)
        print("== Spelling (\"did you mean\" on \(directory.lastPathComponent)/, \(language.rawValue))")
        for (setName, cases) in sets {
            var score = SpellingScore()
            var byKind: [String: SpellingScore] = [:]
            for spellingCase in cases {
                let suggestion = searcher.search(SearchRequest(query: spellingCase.query)).suggestion
                score.add(spellingCase, suggestion: suggestion)
                byKind[spellingCase.kind, default: SpellingScore()].add(spellingCase, suggestion: suggestion)
                if misses, !SearchMeasure.isUntouched(setName), !spellingCase.isMet(by: suggestion) {
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
