/// A language's regular inflections, for matching a word a synonym names "and its
/// inflections", never the other words its stem collides with (`SynonymFilter`).
public struct Inflections: Sendable {
    /// The word a written word is listed under (its group's name).
    let lemma: @Sendable (String) -> String
    /// The forms a written word shares its word with: two written words with a form in common
    /// are one word ("sign", "signed").
    let forms: @Sendable (String) -> Set<String>
    /// The words a written word derives further forms from (a Spanish infinitive, from
    /// "escribirle" or "bloqueado"), and those forms: often other words too (a Spanish verb's
    /// "registro" is also the noun), so each goes to the written word only when no written word
    /// is that form and no other written word may take it.
    let derivationBases: @Sendable (String) -> [String]
    let derivedForms: @Sendable (String) -> [String]

    /// English: plurals, possessives, past and -ing forms, irregular verbs, of each word the
    /// written word may be a form of (`EnglishInflections`).
    public static let english = Inflections(
        lemma: EnglishInflections.lemma,
        forms: { word in EnglishInflections.bases(of: word).reduce(into: [word]) { $0.formUnion(EnglishInflections.forms(of: $1)) } },
        derivationBases: { _ in [] }, derivedForms: { _ in [] })
    /// Spanish: plurals and feminines, and the conjugations of regular verbs (`SpanishInflections`);
    /// and the English forms too, for the English words people type in Spanish ("reset", "login").
    public static let spanish = Inflections(lemma: SpanishInflections.lemma,
                                            forms: { SpanishInflections.forms(of: $0).union(english.forms($0)) },
                                            derivationBases: SpanishInflections.infinitives,
                                            derivedForms: SpanishInflections.conjugatedForms)
}
