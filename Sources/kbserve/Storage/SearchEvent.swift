import Foundation
import KnowledgeBase

/// A random id given to one search (or troubleshooter answer), so that a click on one of its
/// results can be counted against it. 16 random bytes, base64url without padding (22
/// characters): it carries nothing about the person or the query.
struct SearchID: Sendable, Hashable, Codable, CustomStringConvertible {
    let rawValue: String

    static let length = 22

    /// A new random id (two draws from the system's generator, not one per byte).
    init() {
        var generator = SystemRandomNumberGenerator()
        let (high, low) = (generator.next(), generator.next())
        self.init(bytes: (0..<16).map { UInt8(truncatingIfNeeded: ($0 < 8 ? high : low) >> (8 * UInt64($0 % 8))) })
    }

    /// The id of 16 bytes: base64url without padding, written directly (Foundation's base64
    /// and three `replacingOccurrences` cost more than the rest of recording a search).
    init(bytes: [UInt8]) {
        precondition(bytes.count == 16, "a search id has 16 bytes")
        var text: [UInt8] = []
        text.reserveCapacity(Self.length)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0...chunk.count { text.append(Self.alphabet[Int((value >> (18 - 6 * UInt32(position))) & 0x3F)]) }
            index += 3
        }
        rawValue = String(decoding: text, as: UTF8.self)
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// `text` if it has the shape of an id (22 base64url characters); nil otherwise.
    init?(validating text: String) {
        guard text.utf8.count == Self.length, text.utf8.allSatisfy(Self.isIDByte) else { return nil }
        rawValue = text
    }

    var description: String { rawValue }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}

/// One search as insights keep it: where it came from, in which language, its redacted text,
/// the text's analyzed words (to group content gaps), how many results it had and the first one.
struct SearchEvent: Sendable, Hashable {
    /// Where a search was made. New sources (an embedded help panel) add a case.
    enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// The help center's search page or `GET /api/v1/search`.
        case search
        /// The troubleshooter page: the causes shown are its results.
        case troubleshoot
        /// The help panel (`/embed/panel`): each opening or search in it; the articles it
        /// suggests are its results, and an article opened from it is a click.
        case panel
    }

    var id: SearchID
    var source: Source
    /// The language of the articles searched (of the page, the panel or the API request); nil
    /// for searches recorded before the language was kept.
    var language: Language?
    /// `SearchLogDay` of the search.
    var day: String
    /// Redacted, lowercased, at most 200 characters.
    var text: String
    /// The text's analyzed terms, sorted and unique, joined by spaces.
    var words: String
    var resultCount: Int
    /// The first result: an article id (search) or a cause id (troubleshooter).
    var top: String?
    /// The other language whose articles answered the search when these had no confident
    /// answer, so the page pointed there (`OtherLanguageAnswer`); nil otherwise. Such a
    /// search has no result here (`resultCount` 0) and is no gap in this language's content.
    var otherLanguage: Language?

    static let maxTextLength = 200

    init(
        id: SearchID = SearchID(), source: Source, language: Language?, day: String, text: String, words: String, resultCount: Int,
        top: String?, otherLanguage: Language? = nil
    ) {
        self.id = id
        self.source = source
        self.language = language
        self.day = day
        self.text = String(text.trimmingWhitespace.lowercased().prefix(Self.maxTextLength))
        self.words = String(words.prefix(Self.maxTextLength))
        self.resultCount = resultCount
        self.top = top.map { String($0.prefix(Self.maxTextLength)) }
        self.otherLanguage = otherLanguage
    }
}

/// A followed result link: the search it came from, its position (1 = first) and the article.
struct SearchClick: Sendable, Hashable {
    var searchID: SearchID
    var position: Int
    var article: String
    var day: String

    /// Positions a link may carry; others are ignored.
    static let positions = 1...100
}

/// Searches grouped by day, source, language, text, words and first result, with their
/// clicks: what the stores answer, and what `InsightsReport` turns into figures.
struct SearchSummary: Sendable, Hashable {
    var day: String
    var source: SearchEvent.Source
    var language: Language?
    var text: String
    var words: String
    var top: String?
    var searches: Int
    var zeroResult: Int
    /// Of the zero-result searches, those pointed to the other language's answer (`SearchEvent.otherLanguage`).
    var pointedToOtherLanguage = 0
    /// Searches with at least one click.
    var clicked: Int
    var clicks: Int
    /// The sum of the clicks' positions.
    var positionSum: Int

    /// Searches with results and no click.
    var noClick: Int { searches - zeroResult - clicked }

    /// The summary without its searches pointed to the other language: what is left
    /// unanswered by any article (content gaps).
    var leavingOutOtherLanguage: SearchSummary {
        var summary = self
        summary.searches -= pointedToOtherLanguage
        summary.zeroResult -= pointedToOtherLanguage
        summary.pointedToOtherLanguage = 0
        return summary
    }

    /// The reference grouping (the in-memory store's, and what the SQL of both engines must equal):
    /// events of days `from`...`to`, each with its distinct clicks, sorted by day, source, language, text, words, top.
    static func summarize(events: [SearchEvent], clicks: [SearchClick], from: String, to: String) -> [SearchSummary] {
        var clicksBySearch: [SearchID: (count: Int, positions: Int)] = [:]
        for click in Set(clicks.map { ClickKey(searchID: $0.searchID, position: $0.position) }) {
            clicksBySearch[click.searchID, default: (0, 0)].count += 1
            clicksBySearch[click.searchID, default: (0, 0)].positions += click.position
        }
        var groups: [GroupKey: SearchSummary] = [:]
        for event in events where event.day >= from && event.day <= to {
            let key = GroupKey(day: event.day, source: event.source, language: event.language, text: event.text, words: event.words, top: event.top)
            var summary = groups[key] ?? SearchSummary(
                day: event.day, source: event.source, language: event.language, text: event.text, words: event.words, top: event.top,
                searches: 0, zeroResult: 0, clicked: 0, clicks: 0, positionSum: 0
            )
            let clicked = clicksBySearch[event.id]
            summary.searches += 1
            if event.resultCount == 0 { summary.zeroResult += 1 }
            if event.otherLanguage != nil { summary.pointedToOtherLanguage += 1 }
            if let clicked, clicked.count > 0 { summary.clicked += 1 }
            summary.clicks += clicked?.count ?? 0
            summary.positionSum += clicked?.positions ?? 0
            groups[key] = summary
        }
        return groups.values.sorted(by: Self.storeOrder)
    }

    /// The order every store returns summaries in.
    static func storeOrder(_ a: SearchSummary, _ b: SearchSummary) -> Bool {
        (a.day, a.source.rawValue, a.language?.rawValue ?? "", a.text, a.words, a.top ?? "")
            < (b.day, b.source.rawValue, b.language?.rawValue ?? "", b.text, b.words, b.top ?? "")
    }

    private struct ClickKey: Hashable {
        var searchID: SearchID
        var position: Int
    }

    private struct GroupKey: Hashable {
        var day: String
        var source: SearchEvent.Source
        var language: Language?
        var text: String
        var words: String
        var top: String?
    }
}
