import Foundation
import Testing
@testable import KnowledgeBase

@Suite struct SearcherRankingTests {
    let searcher = SearchFixtures.searcher

    func first(_ query: String) -> SearchHit? { searcher.search(SearchRequest(query: query)).hits.first }

    @Test func aPastedErrorMessageFindsTheArticleQuotingIt() {
        #expect(first("The PIN you entered is not valid. Please check the PIN and try again.")?.id == "invalid-pin-or-security-code")
        #expect(first("portal.js(12): error: The PIN you entered is not valid")?.id == "invalid-pin-or-security-code")
    }

    @Test func typosAreForgiven() {
        #expect(first("pasword requirments")?.id == "reset-password")
        #expect(first("apointmnt")?.id == "appointment-time-one-hour-off")
    }

    @Test func synonymsAndAbbreviationsFindTheArticle() {
        #expect(first("dob not accepted")?.id == "date-of-birth-incorrect")
        #expect(first("IE")?.id == "system-requirements")
        #expect(first("cell number doesnt match")?.id == "phone-number-does-not-match")
        #expect(first("appt wrong")?.id == "appointment-time-one-hour-off")
    }

    @Test func theLastWordIsAPrefixWhileTyping() {
        #expect(first("daylig")?.id == "appointment-time-one-hour-off")
        // A finished word (trailing space) is not a prefix, and "daylig" is two edits from "daylight".
        #expect(searcher.search(SearchRequest(query: "daylig ")).total == 0)
    }

    @Test func exactMatchesRankAboveCompletions() {
        // "pass" is a word of the passes article and a prefix of "password".
        let hits = searcher.search(SearchRequest(query: "pass")).hits.map(\.id)
        #expect(hits.first == "passes")
        #expect(hits.contains("reset-password"))
    }

    @Test func exactMatchesScoreAboveTypoCorrections() throws {
        let exact = try #require(first("messages"))
        let typo = try #require(first("mesages"))
        #expect(exact.id == "messages" && typo.id == "messages")
        #expect(exact.score > typo.score)
    }

    @Test func hitsPointAtTheBestSection() {
        #expect(first("password requirements")?.anchor == "password-requirements")
        #expect(first("six digit code from the text")?.anchor == "the-code-is-the-sender-number")
        #expect(first("pin expired")?.anchor == "your-pin-expired")
    }

    @Test func snippetsMarkMatchesAndEscapeHTML() throws {
        let hit = try #require(first("uppercase letter"))
        #expect(hit.id == "reset-password")
        #expect(hit.snippet.contains("<mark>uppercase</mark>"))
        #expect(hit.snippet.contains("&lt;script&gt;"))
        #expect(!hit.snippet.contains("<script>"))
        #expect(hit.snippet.contains("&amp;"))
    }

    /// A passage cut from the middle of a long section is marked `&hellip;` at both ends: an
    /// entity, so that the snippet of ASCII text stays ASCII (and valid HTML either way).
    @Test func aCutPassageIsMarkedWithAnEntity() throws {
        let filler = (1...60).map { "Line \($0) says nothing new." }.joined(separator: " ")
        let article = Article(id: "long", title: "A long article", category: "registration",
                              sections: [SearchFixtures.section("", "", filler + " The hidden keyword is here. " + filler, level: 0)])
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build([article]))
        let snippet = try #require(searcher.search(SearchRequest(query: "hidden keyword")).hits.first?.snippet)
        #expect(snippet.hasPrefix("&hellip;") && snippet.hasSuffix("&hellip;"))
        #expect(snippet.contains("<mark>hidden</mark> <mark>keyword</mark>"))
        #expect(snippet.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func categoryFilterKeepsOnlyThatCategory() {
        let all = SearchFixtures.ids("practice")
        let registration = SearchFixtures.ids("practice", category: "registration")
        #expect(all.count > registration.count)
        #expect(!registration.isEmpty)
        #expect(registration.allSatisfy { id in SearchFixtures.articles.first { $0.id.rawValue == id }?.category == "registration" })
    }

    @Test func limitAndTotal() {
        let results = searcher.search(SearchRequest(query: "practice", limit: 1))
        #expect(results.hits.count == 1)
        #expect(results.total > 1)
    }

    @Test func didYouMeanWhenAWordIsUnknown() {
        let results = searcher.search(SearchRequest(query: "forgot pasword "))
        #expect(results.suggestion == "forgot password ")
        let nothing = searcher.search(SearchRequest(query: "qqqzzx"))
        #expect(nothing.total == 0 && nothing.hits.isEmpty && nothing.suggestion == nil)
        #expect(searcher.search(SearchRequest(query: "reset password")).suggestion == nil)
    }

    @Test func aHugePasteIsReadUpToALimitAndStillFound() {
        let message = "The PIN you entered is not valid. Please check the PIN and try again. "
        let results = searcher.search(SearchRequest(query: String(repeating: message, count: 400)))
        #expect(results.hits.first?.id == "invalid-pin-or-security-code")
    }

    @Test func queriesOfOnlyStopWordsOrPunctuationDoNotFail() {
        #expect(searcher.search(SearchRequest(query: "")).total == 0)
        #expect(searcher.search(SearchRequest(query: "?!…")).total == 0)
        _ = searcher.search(SearchRequest(query: "how do i"))
    }

    @Test func explanationsArePresentAndSumToTheScore() throws {
        let results = searcher.search(SearchRequest(query: "practice", explain: true))
        #expect(results.hits.count > 1)
        for hit in results.hits {
            let explanation = try #require(hit.explanation)
            #expect(abs(explanation.value - hit.score) <= 1e-4 * max(1, hit.score))
            let score = try #require(explanation.details.first)
            #expect(abs(score.value - explanation.value) <= 1e-4 * max(1, explanation.value))
            let sum = score.details[0], coordination = score.details[1]
            #expect(abs(sum.details.map(\.value).reduce(0, +) - sum.value) <= 1e-4 * max(1, sum.value))
            #expect(abs(sum.value * coordination.value - explanation.value) <= 1e-4 * max(1, explanation.value))
        }
        let unexplained = searcher.search(SearchRequest(query: "pin")).hits
        #expect(!unexplained.isEmpty && unexplained.allSatisfy { $0.explanation == nil })
    }

    /// A pasted message (more than `maxWordsForTypos` words) is coordinated with its own, lower
    /// exponent: an article that covers part of it loses less than for a typed question, by
    /// exactly (matched / words) ^ (pasted − typed exponent); one that covers all, nothing.
    @Test func pastedTextIsCoordinatedWithItsOwnExponent() throws {
        let pasted = "hello I tried to register this morning and the page said my date of birth is incorrect, what now"
        var sameAsTyped = searcher.ranking
        sameAsTyped.pastedCoordinationExponent = sameAsTyped.coordinationExponent
        let other = Searcher(index: searcher.index, ranking: sameAsTyped)
        let hits = searcher.search(SearchRequest(query: pasted, limit: 40, explain: true)).hits
        let query = searcher.parser.parse(pasted)
        #expect(query.style == .pasted)
        var partial = 0
        for hit in hits {
            let factor = try #require(hit.explanation?.details.first?.details[1])
            #expect(factor.description.hasSuffix("^ \(searcher.ranking.pastedCoordinationExponent)"))
            let before = try #require(other.search(SearchRequest(query: pasted, limit: 40, explain: true)).hits.first { $0.id == hit.id })
            let beforeFactor = try #require(before.explanation?.details.first?.details[1])
            let share = pow(beforeFactor.value, 1 / sameAsTyped.coordinationExponent)
            #expect(abs(factor.value - pow(share, searcher.ranking.pastedCoordinationExponent)) < 1e-4, "\(hit.id)")
            if share < 1 { partial += 1; #expect(hit.score > before.score) } else { #expect(abs(hit.score - before.score) < 1e-6) }
        }
        #expect(partial > 0)
        let typed = try #require(searcher.search(SearchRequest(query: "date of birth incorrect", explain: true)).hits.first)
        #expect(try #require(typed.explanation?.details.first?.details[1]).description.hasSuffix("^ \(searcher.ranking.coordinationExponent)"))
    }

    @Test func concurrentSearchesGiveTheSameResults() async {
        let queries = ["pin", "dob not accepted", "pasword", "IE", "appt", "daylig"]
        let shared = self.searcher
        let expected = queries.map { shared.search(SearchRequest(query: $0)) }
        let results = await withTaskGroup(of: (Int, SearchResults).self) { group in
            for _ in 0..<4 {
                for (offset, query) in queries.enumerated() {
                    group.addTask { (offset, shared.search(SearchRequest(query: query))) }
                }
            }
            var collected: [(Int, SearchResults)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        for (offset, result) in results { #expect(result == expected[offset]) }
    }

    @Test func suggestCompletesTitles() {
        let hits = searcher.suggest(prefix: "reset pass")
        #expect(hits.first?.id == "reset-password")
        #expect(searcher.suggest(prefix: "p", limit: 5).count <= 5)
        #expect(searcher.suggest(prefix: "   ").isEmpty)
    }
}

/// The text of a link names its target (anchor text): it is indexed for the target too.
@Suite struct LinkTextTests {
    @Test func aLinksTextFindsTheArticleItPointsTo() {
        let hubText = "Moved house? See how to change your contact details."
        let linkStart = hubText.utf8.count - "how to change your contact details.".utf8.count
        let articles = [
            Article(id: "trouble", title: "Trouble signing in", category: "signing-in",
                    sections: [Section(heading: "", level: 0, anchor: "", text: hubText, html: "",
                                       linkTexts: [Section.LinkText(target: "profile", range: linkStart..<(hubText.utf8.count - 1))])]),
            Article(id: "profile", title: "Update your profile", category: "your-account",
                    sections: [Section(heading: "", level: 0, anchor: "", text: "Open Settings and edit your address.", html: "")]),
            Article(id: "email", title: "Email settings", category: "your-account",
                    sections: [Section(heading: "", level: 0, anchor: "", text: "Choose which email you get.", html: "")]),
        ]
        let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))
        let ids = searcher.search(SearchRequest(query: "contact details")).hits.map(\.id.rawValue)
        // The profile article has neither word; the triage article's link gives it both.
        #expect(Set(ids) == ["trouble", "profile"])
        // Only the linked article is credited.
        #expect(IndexChunk.incomingLinkTexts(articles).map(\.count) == [0, 1, 0])
    }
}
