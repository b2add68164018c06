import Foundation

// One example of the CommonMark spec or the GFM extension spec.
struct SpecExample: Decodable, Sendable, CustomTestStringConvertible {
    let example: Int
    let section: String
    let markdown: String
    let html: String
    let `extension`: String?

    var testDescription: String { "example \(example) (\(section))" }
}

import Testing
import TestSupport

// Paths to the shared, read-only test data (`<repo>/../shared`).
enum TestData {
    static let commonMark = RepoPaths.eval("commonmark")
    static let corpus = RepoPaths.msdocs

    static func examples(_ file: String) throws -> [SpecExample] {
        let data = try Data(contentsOf: commonMark.appendingPathComponent(file))
        return try JSONDecoder().decode([SpecExample].self, from: data)
    }
}

extension String {
    // How many times `needle` occurs (non-overlapping), counted on UTF-8 bytes.
    func occurrences(of needle: String) -> Int {
        let hay = Array(utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, hay.count >= pattern.count else { return 0 }
        var count = 0
        var i = 0
        while i <= hay.count - pattern.count {
            if hay[i] == pattern[0] && hay[i..<(i + pattern.count)].elementsEqual(pattern) {
                count += 1
                i += pattern.count
            } else {
                i += 1
            }
        }
        return count
    }
}
