import ArgumentParser
import Foundation
import KnowledgeBase

/// The content folder option shared by every command that reads articles.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of articles (*.md, *.html) and synonyms.txt.")
    var content: String = "./Content"

    var contentURL: URL { URL(fileURLWithPath: content, isDirectory: true) }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("The content folder '\(content)' does not exist or is not a folder.")
        }
    }

    /// Loads the knowledge base, reporting content problems (file, line, reason) on
    /// standard error so that standard output stays clean for tools.
    func loadKnowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.load(from: contentURL)
        for problem in knowledgeBase.report.problems {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
        return knowledgeBase
    }
}
