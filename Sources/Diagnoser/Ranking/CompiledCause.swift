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
    /// Per condition, what the answer says when it holds.
    let heldOutlines: [HeldOutline]
    /// Per condition, its clauses as ranking evaluates them.
    let checks: [[ClauseCheck]]

    /// The facts a condition that held is described by, worked out once per condition.
    struct HeldOutline: Sendable {
        /// The facts it reads, less `<group>.present` unless that is the only one.
        var described: [String]
        /// `<group>.hasLookAlikes` for each value group it reads, in the order the facts name them.
        var lookAlikeFacts: [String]
        /// Whether it reads a date-of-birth fact.
        var readsDateOfBirth: Bool

        init(_ condition: Condition) {
            let facts = condition.facts
            described = facts.filter { !$0.hasSuffix(".present") || facts.count == 1 }
            var groups: [String] = []
            for group in facts.compactMap(FactCatalog.group(of:)) where !groups.contains(group) { groups.append(group) }
            lookAlikeFacts = groups.map { $0 + ".hasLookAlikes" }
            readsDateOfBirth = facts.contains { $0.hasPrefix("dateOfBirth.") }
        }
    }

    init(definition: CauseDefinition, article: Article, conditions: [Condition], language: Language = .original) {
        self.definition = definition
        self.article = ArticleReference(article: article, anchor: definition.anchor, language: language)
        self.conditions = conditions
        self.errors = Set(definition.errors)
        self.valueGroups = Set(conditions.flatMap(\.facts).compactMap(FactCatalog.group(of:)))
        self.explanation = FillableText(definition.explanation)
        self.reply = FillableText(definition.reply)
        self.heldOutlines = conditions.map(HeldOutline.init)
        self.checks = conditions.map(ClauseCheck.checks)
    }
}
