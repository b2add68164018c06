import Foundation
import KnowledgeBase
import Testing
import TestSupport
@testable import kbserve

/// The words an insight groups a search by are the terms the analyzer's whole chain gives
/// for the text (compounds with their parts), although the searcher reads the terms of the
/// word forms the articles have from its index: the same set, on every query of the
/// help-center sets in both languages.
@Suite struct SearchEventWordsTests {
    static func queries(_ prefix: String) throws -> [String] {
        let folder = RepoPaths.fixtures(of: "KnowledgeBaseTests").appendingPathComponent("Queries")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".tsv") && $0.hasPrefix(prefix) }
        return try files.flatMap { file in
            try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
        }
    }

    static func chainWords(_ text: String, _ language: Language) -> String {
        Set(Analyzer.standard(for: language).analyze(text).map(\.term)).sorted().joined(separator: " ")
    }

    static func searcher(_ language: Language) throws -> Searcher {
        language == .es ? try ContentFixture.spanishKnowledgeBase().searcher : try ContentFixture.knowledgeBase().searcher
    }

    @Test(arguments: [(Language.en, "search-"), (.en, "howto-"), (.es, "es-")])
    func wordsAreTheTermsOfTheWholeChain(language: Language, prefix: String) throws {
        let searcher = try Self.searcher(language)
        let texts = try Self.queries(prefix) + ["e-mail wont arrive", "system.dll missing", "C2001 error 404", "can't sign-in", ""]
        #expect(texts.count > 60)
        for text in texts {
            #expect(SearchEvent.words(of: text, by: searcher) == Self.chainWords(text, language), "\(text)")
        }
    }

    @Test func compoundsCountWithTheirParts() throws {
        let searcher = try Self.searcher(.en)
        #expect(SearchEvent.words(of: "e-mail", by: searcher) == "e email mail")
        #expect(SearchEvent.words(of: "Reset passwords", by: searcher) == SearchEvent.words(of: "password reset", by: searcher))
    }
}
