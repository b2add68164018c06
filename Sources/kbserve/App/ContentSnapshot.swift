import Diagnoser
import Foundation
import KnowledgeBase

/// One loaded content snapshot: the original articles and their translations, each
/// language an edition with its own index and Diagnoser. Requests read a snapshot; a reload
/// swaps in a whole new one.
struct ContentSnapshot: Sendable {
    /// The original (English) edition: every article exists in it.
    let original: ContentEdition
    /// The translations, by language.
    let translations: [Language: ContentEdition]
    let loadedAt: Date
    /// Counts the snapshots a `ContentStore` has held (0 for the first): caches of what a
    /// snapshot answered key on it, so a reload never serves answers of the old content.
    var generation = 0
    /// A hash of the content files (`ContentVersion`); empty for content built in code.
    let contentVersion: String

    init(
        knowledgeBase: KnowledgeBase, diagnoser: Diagnoser? = nil, translations: [Language: KnowledgeBase] = [:],
        translationDiagnosers: [Language: Diagnoser] = [:], loadedAt: Date = Date(),
        searchCacheSize: Int = ContentSnapshot.defaultSearchCacheSize, contentVersion: String = ""
    ) {
        original = ContentEdition(language: .original, knowledgeBase: knowledgeBase, diagnoser: diagnoser, searchCacheSize: searchCacheSize)
        self.translations = translations.reduce(into: [:]) { editions, entry in
            editions[entry.key] = ContentEdition(
                language: entry.key, knowledgeBase: entry.value, diagnoser: translationDiagnosers[entry.key], searchCacheSize: searchCacheSize)
        }
        self.contentVersion = contentVersion
        self.loadedAt = loadedAt
    }

    /// The validated content, to serve.
    init(_ content: ContentValidation, searchCacheSize: Int = ContentSnapshot.defaultSearchCacheSize, contentVersion: String = "") {
        self.init(
            knowledgeBase: content.knowledgeBase, diagnoser: content.diagnoser, translations: content.translations,
            translationDiagnosers: content.translationDiagnosers, searchCacheSize: searchCacheSize, contentVersion: contentVersion)
    }

    static let defaultSearchCacheSize = 2_000

    /// The edition of `language`; the original when there is no translation at all.
    func edition(_ language: Language) -> ContentEdition { translations[language] ?? original }

    /// Whether the help center knows every word of `text`, typed in `language`'s pages: each
    /// is written in an article of one of its languages or named by a synonym (`unknownWords`).
    func knowsEveryWord(of text: String, in language: Language) -> Bool {
        unknownWords(in: edition(language).knowledgeBase.searcher.analyzeWords(text, keepsStopWords: true), of: text, in: language).isEmpty
    }

    /// The words of `analyzed` (`text` as `language`'s analyzer reads it, stop words kept) that
    /// no article of any language writes and no synonym names (`Searcher.knows`). Where another
    /// language's analyzer reads the text into other words, the word stays unknown.
    func unknownWords(in analyzed: [AnalyzedWord], of text: String, in language: Language) -> [AnalyzedWord] {
        let here = edition(language)
        var unknown = analyzed.filter { !here.knowledgeBase.searcher.knows($0) }
        for other in Language.allCases where other != here.language && !unknown.isEmpty {
            // A language with no translation has no words of its own.
            guard case let edition = edition(other), edition.language == other else { continue }
            let known = edition.knowledgeBase.searcher.knownWordRanges(of: text)
            unknown.removeAll { known.contains($0.start..<$0.end) }
        }
        return unknown
    }

    /// `language`'s results for `request`, and the other language's answer when the query is
    /// written in it (`otherLanguageAnswer`). Beside that answer the results offer no "did you
    /// mean": the query's words are the other language's, not misspellings of these articles'.
    func search(_ request: SearchRequest, in language: Language) -> (results: SearchResults, otherLanguage: OtherLanguageAnswer?) {
        var results = edition(language).search(request)
        let otherLanguage = otherLanguageAnswer(to: request, results: results, searchedIn: language)
        if otherLanguage != nil { results.suggestion = nil }
        return (results, otherLanguage)
    }

    /// Another language's answer to a search made in `language` that gave `results` (see
    /// `KnowledgeBase.otherLanguageAnswer`): where the help center points a person who searched
    /// these pages in the other language.
    private func otherLanguageAnswer(to request: SearchRequest, results: SearchResults, searchedIn language: Language) -> OtherLanguageAnswer? {
        let here = edition(language).knowledgeBase
        for other in Language.allCases where other != here.language {
            // A language with no translation has no articles of its own.
            guard case let edition = edition(other), edition.language == other else { continue }
            if let answer = here.otherLanguageAnswer(to: request, results: results, in: edition.knowledgeBase) { return answer }
        }
        return nil
    }

    /// The original articles.
    var knowledgeBase: KnowledgeBase { original.knowledgeBase }
    var diagnoser: Diagnoser { original.diagnoser }

    /// Searches the original articles through their cache.
    func search(_ request: SearchRequest) -> SearchResults { original.search(request) }

    /// The article `id` in `language` if it is translated, else the original (`translated` false);
    /// nil when there is no such article, or `audience` may not see it.
    func article(_ id: ArticleID, in language: Language, visibleTo audience: Audience) -> (article: Article, translated: Bool)? {
        if let translation = translations[language]?.knowledgeBase.article(id, visibleTo: audience) { return (translation, true) }
        return knowledgeBase.article(id, visibleTo: audience).map { ($0, language == .original) }
    }
}

extension SearchResults {
    /// What the search log counts: the matches, or 0 when no article answers the query
    /// (`confident` false), so insights count it with the zero-result queries.
    var answeredTotal: Int { confident ? total : 0 }
}
