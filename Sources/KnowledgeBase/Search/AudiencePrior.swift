/// A staff guide's head start in a staff search that speaks as the office (`OfficeVoice`:
/// "what do we do", "our booking link", "where do I approve it"): its score ×
/// `RankingParameters.officeVoicePrior`. Any other search, and every patient article, keeps
/// its score. Applied where the searcher ranks and explained by the same factor; the "no good
/// answer" confidence reads the score without it, since the prior orders the guides, it does
/// not make an answer more certain.
struct AudiencePrior: Sendable {
    /// The factor of a staff guide's score in this search (1: none).
    let staffFactor: Float

    init(request: SearchRequest, ranking: RankingParameters) {
        staffFactor = request.audience == .staff && OfficeVoice.speaks(in: request.query) ? Float(ranking.officeVoicePrior) : 1
    }

    /// The factor of the score of an article for `audience`.
    func factor(for audience: Audience) -> Float {
        audience == .staff ? staffFactor : 1
    }

    /// The factor as a line of an explanation, or nil where it is 1.
    func explanation(for audience: Audience) -> Explanation? {
        let factor = factor(for: audience)
        guard factor != 1 else { return nil }
        return Explanation(value: Double(factor), description: "a staff guide, and the query speaks as the office (\"we\", \"our\", \"us\", \"I\", \"my\")")
    }
}
