import Hummingbird
import KnowledgeBase

extension FormFields {
    /// The `audience` parameter of pages and API calls: `patient` when missing, `staff` for
    /// office staff and support agents (it adds the staff guides). Any other value is a 400.
    func audience() throws -> Audience {
        // Absent means the default; present, it must name an audience (no form sends it empty).
        guard let name = self["audience"] else { return .default }
        guard let audience = Audience(rawValue: name) else {
            throw HTTPError(
                .badRequest,
                message: "Unknown audience; use one of: \(Audience.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
        return audience
    }
}
