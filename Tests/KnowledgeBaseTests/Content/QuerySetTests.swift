import Evaluation
import Foundation
import Testing
import TestSupport
@testable import KnowledgeBase

/// The relevance sets under `Fixtures/Queries` (read by `kbbench search`) stay answerable as
/// the content changes: every expected article exists in the set's language (`es-` sets:
/// the Spanish translations) with the sections it names, a patient's query expects only articles a patient can see, each
/// line has a known kind, and no query is written twice in one set. A set whose ids went
/// stale would report a miss for every query that names one, whatever the ranking did.
@Suite struct QuerySetTests {
    static func sets() throws -> [URL] {
        let folder = RepoPaths.fixtures(of: "KnowledgeBaseTests").appendingPathComponent("Queries")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "tsv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everySetNamesArticlesThatExistForItsReaders() throws {
        let english = try ContentFixture.knowledgeBase()
        let spanish = try ContentFixture.spanishKnowledgeBase()
        let files = try Self.sets()
        try #require(files.count >= 20, "only \(files.count) sets found")
        for file in files {
            let name = file.lastPathComponent
            let kb = name.hasPrefix("es-") ? spanish : english
            let queries = try EvaluationQuery.loadTSV(file)
            #expect(!queries.isEmpty, "\(name) has no query")
            for query in queries {
                #expect(EvaluationQuery.kinds.contains(query.kind), "\(name): '\(query.query)' has kind '\(query.kind)'")
                for id in query.expected {
                    guard let article = kb.article(id) else {
                        Issue.record("\(name): '\(query.query)' expects '\(id.rawValue)', which is not an article")
                        continue
                    }
                    #expect(query.audience.sees(article.audience),
                            "\(name): '\(query.query)' is a patient's query but expects the staff guide '\(id.rawValue)'")
                }
                for section in query.sections {
                    guard let article = kb.article(section.article) else { continue }
                    #expect(article.sections.contains { $0.anchor == section.anchor },
                            "\(name): '\(query.query)' expects the section '\(section)', which its article does not have")
                }
            }
            var seen: Set<String> = []
            for query in queries where !seen.insert(query.query.lowercased()).inserted {
                Issue.record("\(name): '\(query.query)' is written twice")
            }
        }
    }
}
