import KnowledgeBase

/// A cause from an article's front matter, with its conditions and texts prepared once.
/// A class so that ranking passes it around without copying its parts.
final class CompiledCause: Sendable {
    let definition: CauseDefinition
    let article: ArticleReference
    let conditions: [Condition]
    let errors: Set<String>
    /// Value groups the conditions read (`securityCode`, `pin`, …): which typed values matter to it.
    let valueGroups: Set<String>
    let explanation: FillableText
    let reply: FillableText

    init(definition: CauseDefinition, article: Article, conditions: [Condition], language: Language = .original) {
        self.definition = definition
        self.article = ArticleReference(article: article, anchor: definition.anchor, language: language)
        self.conditions = conditions
        self.errors = Set(definition.errors)
        self.valueGroups = Set(conditions.flatMap(\.facts).compactMap(FactCatalog.group(of:)))
        self.explanation = FillableText(definition.explanation)
        self.reply = FillableText(definition.reply)
    }
}
