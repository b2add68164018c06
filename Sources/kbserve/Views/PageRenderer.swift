import Foundation
import Mustache

/// A page's data, rendered by the Mustache template named `template`.
/// Templates escape every `{{value}}`; only `{{{html}}}` fields that are already
/// sanitized (article bodies) or escaped (search snippets) are inserted raw.
protocol PageView {
    static var template: String { get }
}

/// Renders pages from the templates in `Resources/templates`.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init(templates directory: URL) async throws {
        library = try await MustacheLibrary(directory: directory.path)
        for name in ["layout", HomePage.template, SearchPage.template, ArticlePage.template, CategoryPage.template,
            TroubleshootPage.template, ErrorPage.template] where library.getTemplate(named: name) == nil
        {
            throw MissingTemplate(name: name, directory: directory.path)
        }
    }

    /// The templates shipped with the server.
    static func bundled() async throws -> PageRenderer {
        try await PageRenderer(templates: Assets.resourcesDirectory.appendingPathComponent("templates"))
    }

    func render<Page: PageView>(_ page: Page) -> String {
        library.render(page, withTemplate: Page.template) ?? ""
    }

    struct MissingTemplate: Error, CustomStringConvertible {
        var name: String
        var directory: String
        var description: String { "The template '\(name).mustache' is missing from \(directory)." }
    }
}
