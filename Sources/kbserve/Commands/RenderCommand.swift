import ArgumentParser
import Foundation
import Markdown

// `kbserve render [FILE]`: the HTML the Markdown parser makes of a file, or of standard input.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML of a Markdown file (or of standard input), for previews and conformance checks."
    )

    enum Flavor: String, ExpressibleByArgument, CaseIterable {
        // Help content: GFM, heading anchors, callouts, directives; front matter is skipped.
        case help
        // GitHub Flavored Markdown.
        case gfm
        // Pure CommonMark 0.31.2.
        case commonmark

        var options: MarkdownOptions {
            switch self {
            case .help: .helpContent
            case .gfm: .gfm
            case .commonmark: .commonMark
            }
        }
    }

    @Argument(help: "The Markdown file to render. Reads standard input when omitted.")
    var file: String?

    @Option(help: "Markdown flavor: help (articles; skips front matter), gfm, or commonmark.")
    var flavor: Flavor = .help

    func validate() throws {
        guard let file else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw ValidationError("No such file: \(file)")
        }
        if isDirectory.boolValue { throw ValidationError("\(file) is a directory; give a Markdown file.") }
    }

    func run() async throws {
        let data: Data
        if let file {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let text = String(decoding: data, as: UTF8.self)
        let source = flavor == .help ? String(FrontMatter.split(text).body) : text
        let options = flavor.options
        let html = HTMLRenderer(options: options).render(MarkdownParser(options: options).parse(source))
        FileHandle.standardOutput.write(Data(html.utf8))
    }
}
