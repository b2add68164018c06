import Foundation
import KnowledgeBase

/// The Cranfield test collection (1,400 aeronautics abstracts, 225 queries, graded
/// judgments), read from `cran.all.1400`, `cran.qry` and `QRelsCorrectedforTRECeval`.
public struct CranfieldCollection: Sendable {
    public struct Query: Sendable {
        /// 1-based, in file order (the judgments number queries this way).
        public var number: Int
        public var text: String
        /// Document id -> grade 1 (minimum interest) … 4 (complete answer).
        public var grades: [String: Int]
    }

    /// One article per abstract: id is the document number, title `.T`, body `.W`.
    public var articles: [Article]
    public var queries: [Query]

    public init(directory: URL) throws {
        func read(_ name: String) throws -> String {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        articles = Self.records(try read("cran.all.1400")).map { record in
            Article(id: ArticleID(record.id), title: record.fields["T"] ?? "",
                    sections: [Section(heading: "", level: 0, anchor: "", text: record.fields["W"] ?? "", html: "")])
        }
        var grades: [Int: [String: Int]] = [:]
        for line in try read("QRelsCorrectedforTRECeval").split(whereSeparator: \.isNewline) {
            let columns = line.split(separator: " ")
            guard columns.count >= 4, let query = Int(columns[0]), let grade = Int(columns[3]) else { continue }
            // Grade 5 marks the paper the query came from: not a judgment.
            guard (1...4).contains(grade) else { continue }
            grades[query, default: [:]][String(columns[2])] = grade
        }
        queries = Self.records(try read("cran.qry")).enumerated().map { offset, record in
            Query(number: offset + 1, text: record.fields["W"] ?? "", grades: grades[offset + 1] ?? [:])
        }
    }

    /// hit@1, MRR@10 and nDCG@10 of `ranking` (document ids, best first) over every query; the
    /// queries without judgments count, scoring 0.
    public func score(_ ranking: (Query) throws -> [String]) rethrows -> RelevanceScore {
        try score(of: { _ in true }, ranking)
    }

    /// The score over the queries `include` keeps (the odd- or even-numbered half, say).
    public func score(of include: (Query) -> Bool, _ ranking: (Query) throws -> [String]) rethrows -> RelevanceScore {
        var score = RelevanceScore()
        for query in queries where include(query) { score.add(try ranking(query), grades: query.grades) }
        return score
    }

    private struct Record { var id: String; var fields: [String: String] }

    /// Splits the `.I n` / `.X` field format.
    private static func records(_ text: String) -> [Record] {
        var records: [Record] = []
        var field: String?
        var lines: [Substring] = []
        func flush() {
            if let field, !records.isEmpty {
                records[records.count - 1].fields[field] = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            lines.removeAll()
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.hasPrefix(".I ") {
                flush()
                field = nil
                records.append(Record(id: String(Int(line.dropFirst(3).trimmingCharacters(in: .whitespaces)) ?? 0), fields: [:]))
            } else if line.count == 2, line.hasPrefix(".") {
                flush()
                field = String(line.dropFirst())
            } else {
                lines.append(line)
            }
        }
        flush()
        return records
    }
}
