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
            var offered = 0, answerable = 0, offeredAndRight = 0, rightHere = 0, rightEither = 0
            for query in queries {
                let request = SearchRequest(query: query.query, audience: query.audience)
                let results = pages.search(request)
                let answer = pages.otherLanguageAnswer(to: request, results: results, in: other)
                if answer != nil { offered += 1 }
                guard wanted, !query.expectsNoAnswer else { continue }
                answerable += 1
                // Right on the pages: a confident answer with the expected article first.
                let here = results.confident && results.hits.first.map { query.expected.contains($0.id) } == true
                let there = answer != nil && other.search(request).hits.first.map { query.expected.contains($0.id) } == true
                if there { offeredAndRight += 1 }
                if here { rightHere += 1 }
                if here || there { rightEither += 1 }
            }
            print("  \(label): offered for \(offered) of \(queries.count)")
            if wanted {
                print("    with an article: expected first there \(offeredAndRight) of \(answerable); "
                    + "a confident right answer on the pages \(rightHere), on the pages or through the pointer \(rightEither)")
            }
        }
        report("Spanish queries on the English pages", spanishSets, on: english, other: spanish, wanted: true)
        report("English queries on the English pages (unwanted)", englishSets, on: english, other: spanish, wanted: false)
        report("English queries on the Spanish pages", englishSets, on: spanish, other: english, wanted: true)
        report("Spanish queries on the Spanish pages (unwanted)", spanishSets, on: spanish, other: english, wanted: false)
        print()
    }
}
