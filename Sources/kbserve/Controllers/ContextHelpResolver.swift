import Diagnoser
import Hummingbird
import KnowledgeBase

/// Help for an error id of the registration app: the article section of the error's most
/// likely cause, given what was typed (its default cause when nothing was). One piece of
/// code for `/help/context`, `/api/v1/context` and the embedded help panel's suggestions.
struct ContextHelpResolver: Sendable {
    let content: ContentStore

    struct ArticleReference: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var url: String
        /// The cause's section (also in `url`); not in the JSON.
        var anchor: String? = nil

        private enum CodingKeys: String, CodingKey { case id, title, url }
    }

    struct ContextHelp: Encodable, Sendable {
        /// The language of the texts and the URL.
        var lang: Language
        var error: String
        var message: String
        var cause: String?
        var article: ArticleReference
        var summary: String
        var explanation: String?
        var steps: [String]
    }

    /// The Diagnoser ranks the error's causes; 400 for an empty id, 404 for an id no article explains.
    func resolve(errorID: ErrorID, values: [String: String], context: DiagnosisContext, language: Language = .original) throws -> ContextHelp {
        guard !errorID.isEmpty else { throw HTTPError(.badRequest, message: "Give the error id in the error field.") }
        let edition = content.current.edition(language)
        guard let error = edition.knowledgeBase.error(errorID), let article = edition.knowledgeBase.article(explaining: errorID),
            let diagnosis = edition.diagnoser.help(forError: errorID, values: values, context: context)
        else {
            throw HTTPError(.notFound, message: "There is no help for that error id.")
        }
        guard let top = diagnosis.causes.first else {
            // An error no cause explains: its article, from the top.
            return ContextHelp(
                lang: edition.language, error: errorID, message: error.message, cause: nil,
                article: ArticleReference(id: article.id, title: article.title, url: Paths.article(article.id, language: edition.language)),
                summary: article.summary, explanation: nil, steps: []
            )
        }
        return ContextHelp(
            lang: edition.language, error: errorID, message: error.message, cause: top.id,
            article: ArticleReference(
                id: top.article.id, title: top.article.title,
                url: Paths.article(top.article.id, anchor: top.article.anchor, language: edition.language), anchor: top.article.anchor),
            summary: edition.knowledgeBase.article(top.article.id)?.summary ?? article.summary,
            explanation: top.explanation.isEmpty ? nil : top.explanation, steps: top.steps
        )
    }
}
