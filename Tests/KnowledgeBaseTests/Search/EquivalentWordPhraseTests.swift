import Testing
import TestSupport
@testable import KnowledgeBase

/// A word of a one-word equivalence ("appt, appointment") is one word written two ways, so a
/// synonym phrase may be typed with either (`SynonymFilter`): "move my appt" is the rule's
/// "move my appointment".
@Suite struct EquivalentWordPhraseTests {
    static func alternatives(_ text: String, _ rules: String) throws -> [(range: Range<Int>, words: [[String]])] {
        let filter = SynonymFilter(table: try SynonymTable(parsing: rules))
        return filter.matches(in: Analyzer.standard.analyzeWords(text)).map { ($0.range, $0.alternatives.map(\.words)) }
    }

    @Test func aPhraseMayBeTypedWithAnEquivalentWord() throws {
        let rules = "appt, appointment\nmove my appointment => reschedule"
        let found = try Self.alternatives("move my appt", rules)
        #expect(found.map(\.range) == [0..<2])
        #expect(found.first?.words == [["reschedule"]])
        // The first word too, and in the other direction.
        let first = try Self.alternatives("appt reminder", "appt, appointment\nappointment reminder => reminder email")
        #expect(first.first?.words == [["reminder", "email"]])
        let other = try Self.alternatives("move my appointment", "appt, appointment\nmove my appt => reschedule")
        #expect(other.map(\.range) == [0..<2])
    }

    /// Rules are not chained: a one-way rule says what its phrase means, not that two words are one.
    @Test func aOneWayRuleIsNoEquivalence() throws {
        let found = try Self.alternatives("move my appt", "appt => appointment\nmove my appointment => reschedule")
        #expect(found.map(\.range) == [1..<2])
        #expect(found.first?.words == [["appointment"]])
    }

    /// Of two phrases of the same length, the one of the words as typed is read.
    @Test func thePhraseAsTypedComesBeforeOneReadThroughAnEquivalence() throws {
        let rules = "message, messaging, inbox\nportal inbox => mailbox\nportal message => secure message"
        #expect(try Self.alternatives("portal message", rules).first?.words == [["secure", "message"]])
        #expect(try Self.alternatives("portal inbox", rules).first?.words == [["mailbox"]])
        // Longer still wins: a longer phrase read through an equivalence over a shorter one as typed.
        let longer = try Self.alternatives("new portal inbox", "message, inbox\nnew portal message => compose\nportal inbox => mailbox")
        #expect(longer.map(\.range) == [0..<3])
        #expect(longer.first?.words == [["compose"]])
    }

    /// "appointment reminder" read as "appointment alert" would be offered back as itself.
    @Test func aSpanIsNotOfferedBackAsItself() throws {
        let rules = "reminder, notification, alert\nappointment alert, appointment notice => appointment reminder"
        let found = try Self.alternatives("appointment reminder", rules)
        #expect(!found.contains { $0.range == 0..<2 })
        // Typed as the rule writes it, the phrase still finds its target.
        #expect(try Self.alternatives("appointment alert", rules).first?.words == [["appointment", "reminder"]])
    }

    /// On the help center's own articles and synonyms: "move my appt" finds the reschedule
    /// article through the rule "move my appointment => reschedule".
    @Test func theHelpCenterReadsMoveMyAppt() throws {
        let knowledgeBase = try ContentFixture.knowledgeBase()
        for query in ["move my appt", "can i move my appt to next week"] {
            #expect(knowledgeBase.search(SearchRequest(query: query)).hits.first?.id.rawValue == "reschedule-appointment", "\(query)")
        }
    }

    /// The other way round: a synonym phrase as typed is found where an article writes it with
    /// a word's equivalent ("write my doctor" in "write to your physician"), and counts as typed.
    @Test func aPhraseAsTypedIsFoundWrittenWithAnEquivalentWord() throws {
        let articles = [
            SearchFixtures.article("send-message", "Messages", category: "messaging", text: "You can write to your physician from the portal."),
            // Both words, but not as a phrase.
            SearchFixtures.article("signed-out", "Signed out", category: "messaging",
                                   text: "Your doctor may ask you to write down the code. Then sign in again."),
        ]
        let synonyms = try SynonymTable(parsing: "doctor, physician\nwrite my doctor => send a message")
        let searcher = Searcher(index: IndexBuilder(synonyms: synonyms).build(articles))
        let hit = try #require(searcher.search(SearchRequest(query: "write my doctor", explain: true)).hits.first)
        #expect(hit.id == "send-message")
        #expect(hit.explanation?.formatted().contains("synonym (equivalent, counts as typed)") == true)
    }

    /// On the Spanish articles: "escribo a mi doctor" (the rule "escribirle a mi doctor => enviar
    /// un mensaje") is the messaging article's alias "escribirle al medico por el portal", through
    /// "medico, doctor", not the signed-out article's "no me deja escribirle al doctor" alone.
    @Test func theSpanishHelpCenterReadsEscriboAMiDoctor() throws {
        let knowledgeBase = try ContentFixture.spanishKnowledgeBase()
        for query in ["como le escribo a mi doctor por el portal?", "como le escribo a mi doctora por el portal?"] {
            #expect(knowledgeBase.search(SearchRequest(query: query)).hits.first?.id.rawValue == "send-secure-message", "\(query)")
        }
    }
}
