import ArgumentParser
import Foundation
import Markdown

// `kbserve render [FILE...]`: the HTML the Markdown parser makes of files, or of standard input.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML of Markdown files (or of standard input), for previews and conformance checks."
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

    @Argument(help: "The Markdown files to render. Reads standard input when omitted.")
    var files: [String] = []

    @Option(help: "Markdown flavor: help (articles; skips front matter), gfm, or commonmark.")
    var flavor: Flavor = .help

    @Option(help: "Write each file's HTML to this folder as NAME.html (its name without .md) instead of printing it.")
    var outputDir: String?

    func validate() throws {
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw ValidationError("No such file: \(file)")
            }
            if isDirectory.boolValue { throw ValidationError("\(file) is a directory; give Markdown files.") }
        }
        if let outputDir {
            guard !files.isEmpty else { throw ValidationError("--output-dir needs files to render (standard input has no name).") }
            var names: Set<String> = []
            for file in files {
                let name = Self.outputName(of: URL(fileURLWithPath: file))
                guard names.insert(name).inserted else {
                    throw ValidationError("Two files would both be written as \(name); give files with different names.")
                }
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: outputDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("No such folder: \(outputDir)")
            }
        }
    }

    func run() async throws {
        guard !files.isEmpty else {
            FileHandle.standardOutput.write(html(of: FileHandle.standardInput.readDataToEndOfFile()))
            return
        }
        for file in files {
            let url = URL(fileURLWithPath: file)
            let html = html(of: try Data(contentsOf: url))
            if let outputDir {
                try html.write(to: URL(fileURLWithPath: outputDir).appendingPathComponent(Self.outputName(of: url)))
            } else {
                FileHandle.standardOutput.write(html)
            }
        }
    }

    /// The name a file's HTML gets in the output folder.
    static func outputName(of file: URL) -> String { file.deletingPathExtension().lastPathComponent + ".html" }

    /// The rendered HTML's bytes, written out as the renderer made them.
    private func html(of data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        let source = flavor == .help ? String(FrontMatter.split(text).body) : text
        let options = flavor.options
        return Data(HTMLRenderer(options: options).renderBytes(MarkdownParser(options: options).parse(source)))
    }
}
