/// Gives the first person and the subjunctive of Spanish verbs in -cer and -cir the stem of
/// the rest of the verb: "restablezco", "conozca" and "ofrezcan" take a z before the c that
/// "restablecer", "conocer" and "ofrecer" do not have, so the Snowball stemmer leaves
/// "restablezc" where the infinitive gives "restablec". The filter writes the c alone
/// ("restablezco" -> "restableco"), and both forms stem alike. Words that end the same
/// way without being such a verb form ("pizca", "bizco") are left alone. Expects lower-cased,
/// accent-folded input; runs before the stemmer.
public struct SpanishVerbFilter: TokenFilter {
    public init() {}

    /// The endings that follow "zc" in these verbs' forms, longest first.
    static let endings = ["amos", "ais", "an", "as", "a", "o"]
    /// Words longer than five letters with such an ending that are not forms of a -cer or
    /// -cir verb ("pizca" and "bizco" themselves are too short to be taken).
    static let exceptions: Set<String> = ["bizcos", "bizcas", "pizcas"]

    public func filter(_ token: Token, into output: inout [Token]) {
        guard let base = Self.commonStem(of: token.term) else { output.append(token); return }
        var token = token
        token.term = base
        output.append(token)
    }

    /// The word with "zc" written "c", when it is a -zc- form of a -cer or -cir verb.
    static func commonStem(of word: String) -> String? {
        guard word.utf8.count > 5, !exceptions.contains(word) else { return nil }
        for ending in endings where word.hasSuffix("zc" + ending) {
            return String(word.dropLast(ending.count + 2)) + "c" + ending
        }
        return nil
    }
}
