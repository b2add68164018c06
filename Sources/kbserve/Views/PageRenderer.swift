import Foundation
import Mustache

/// A page's data, rendered by the Mustache template named `template`.
/// Templates escape every `{{value}}`; only `{{{html}}}` fields that are already
/// sanitized (article bodies) or escaped (search snippets) are inserted raw.
protocol PageView {
    static var template: String { get }
    /// The layout's language, interface text and language links.
    var chrome: PageChrome { get }
}

/// Renders pages from the templates in `Resources/templates`, with the interface text of
/// `Resources/strings`.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// The interface text, one catalog per language.
    let catalogs: StringCatalogs

    init(templates directory: URL, assets: Assets? = nil, catalogs: StringCatalogs? = nil) async throws {
        self.catalogs = try catalogs ?? StringCatalogs.bundled()
        var library = try await MustacheLibrary(directory: directory.path)
        // Static files are linked with their version, so that they can be cached for a year.
        if let assets {
            for layoutName in Self.layouts {
                var layout = try String(contentsOf: directory.appendingPathComponent("\(layoutName).mustache"), encoding: .utf8)
                for name in assets.files.keys { layout = layout.replacingOccurrences(of: "\"/static/\(name)\"", with: "\"\(assets.url(of: name))\"") }
                try library.register(layout, named: layoutName)
            }
        }
        self.library = library
        for name in Self.layouts + [HomePage.template, SearchPage.template, ArticlePage.template, CategoryPage.template,
            TroubleshootPage.template, ErrorPage.template, EmbedPanelPage.template, EmbedArticlePage.template,
            AdminPage.template, AdminSignInPage.template] where library.getTemplate(named: name) == nil
        {
            throw MissingTemplate(name: name, directory: directory.path)
        }
    }

    /// The layouts that link the static files: the site's, the help panel's and the dashboard's.
    static let layouts = ["layout", "panel-layout", "admin-layout"]

    /// The templates shipped with the server.
    static func bundled(assets: Assets? = nil) async throws -> PageRenderer {
        try await PageRenderer(templates: Assets.resourcesDirectory.appendingPathComponent("templates"), assets: assets ?? (try? Assets()))
    }

    func render<Page: PageView>(_ page: Page) -> String {
        library.render(page, withTemplate: Page.template) ?? ""
    }

    /// A page that has no `PageChrome` (the dashboard's), with the template `template`.
    func render(_ page: some Sendable, template: String) -> String {
        library.render(page, withTemplate: template) ?? ""
    }

    struct MissingTemplate: Error, CustomStringConvertible {
        var name: String
        var directory: String
        var description: String { "The template '\(name).mustache' is missing from \(directory)." }
    }
}
