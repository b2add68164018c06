import Evaluation
import Foundation
import KnowledgeBase

/// How often a search on one language's pages points to the other language's articles
/// (`KnowledgeBase.otherLanguageAnswer`): for queries written in the other language (wanted,
/// with the other language's first result checked against the expected article) and for
/// queries in the pages' own language (never wanted).
extension SearchBenchmark {
    func runOtherLanguage(englishSets: [(String, [EvaluationQuery])], spanishSets: [(String, [EvaluationQuery])]) throws {
        func knowledgeBase(_ directory: URL, _ language: Language) throws -> KnowledgeBase {
            let (articles, synonyms) = try load(directory, language: language)
            return KnowledgeBase(articles: articles, synonyms: synonyms, language: language)
        }
        let english = try knowledgeBase(URL(fileURLWithPath: content), .en)
        let spanish = try knowledgeBase(URL(fileURLWithPath: content).appendingPathComponent("es"), .es)
        print("== Other-language answers: a search on one language's pages that points to the other language's articles")
        func report(_ label: String, _ sets: [(String, [EvaluationQuery])], on pages: KnowledgeBase, other: KnowledgeBase, wanted: Bool) {
            let queries = sets.flatMap(\.1)
            var offered = 0, answerable = 0, offeredAndRight = 0
            for query in queries {
                let request = SearchRequest(query: query.query, audience: query.audience)
                let answer = pages.otherLanguageAnswer(to: request, results: pages.search(request), in: other)
                if answer != nil { offered += 1 }
                guard wanted, !query.expectsNoAnswer else { continue }
                answerable += 1
                if answer != nil, let first = other.search(request).hits.first?.id, query.expected.contains(first) { offeredAndRight += 1 }
            }
            var line = "  \(label): offered for \(offered) of \(queries.count)"
            if wanted { line += "; with the expected article first there for \(offeredAndRight) of \(answerable) answerable" }
            print(line)
        }
        report("Spanish queries on the English pages", spanishSets, on: english, other: spanish, wanted: true)
        report("English queries on the English pages (unwanted)", englishSets, on: english, other: spanish, wanted: false)
        report("English queries on the Spanish pages", englishSets, on: spanish, other: english, wanted: true)
        report("Spanish queries on the Spanish pages (unwanted)", spanishSets, on: spanish, other: english, wanted: false)
        print()
    }
}
