import ArgumentParser
import Diagnoser
import Foundation
import KnowledgeBase

/// The content folder option shared by every command that reads articles.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of articles (*.md, *.html) and synonyms.txt.")
    var content: String = "./Content"

    @Option(name: .long, help: "The language of the articles: en (the originals) or es (Content/es/, where translated).")
    var lang: Language = .original

    var contentURL: URL { URL(fileURLWithPath: content, isDirectory: true) }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("The content folder '\(content)' does not exist or is not a folder.")
        }
    }

    /// Loads and validates the content as the server does, reporting its problems (file, line,
    /// reason) on standard error so that standard output stays clean for tools.
    func loadContent() throws -> ContentValidation {
        let content = try ContentValidation(directory: contentURL)
        for problem in content.problems {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
        return content
    }

    /// The articles in `lang` (the originals when that language has no translations).
    func loadKnowledgeBase() throws -> KnowledgeBase {
        let content = try loadContent()
        return content.translations[lang] ?? content.knowledgeBase
    }

    /// A Diagnoser over the articles in `lang`.
    func loadDiagnoser() throws -> Diagnoser {
        let content = try loadContent()
        return content.translationDiagnosers[lang] ?? content.diagnoser
    }
}

extension Language: ExpressibleByArgument {}
