import Testing
@testable import KnowledgeBase
import TestSupport

/// Synonyms match the words they name and those words' inflections, never other words that
/// only share a Porter2 stem with them ("provider" must not find "provided").
@Suite struct SynonymStemCollisionTests {
    /// Word forms of `Content/` that share a stem with a synonym word without being one of
    /// its inflections: "synonym word -> colliding form". A new line here is a new place
    /// where stem-based synonyms would have gone wrong: check that it is right, then add it.
    static let knownCollisions: Set<String> = [
        "confirmation -> confirm",
        "confirmation -> confirmed",
        "confirmation -> confirms",
        "connection -> connect",
        "enrollment -> enroll",
        "invitation -> invite",
        "invitation -> invited",
        "invitation -> invites",
        "invitation -> inviting",
        "invite -> invitation",
        "invite -> invitations",
        "medication -> medical",
        "personal -> person",
        "provider -> provided",
        "security -> secure",
        "set -> settings",
        "enrollment -> enrolment",
        "reminder -> remind",
        "enrollment -> enrolled",
        "connection -> connecting",
        "enrollment -> enrol",
        "enrol -> enrolment",
        "assist -> assistants",
        "assistance -> assistants",
        "provider -> provide",
        "cancel -> cancellation",
        "cancel -> cancellations",
        "automatic -> automatically",
        // The lay vocabulary of 2026-12-06 (seventh session): word-level rules, so none of these matches.
        "approval -> approve",
        "approval -> approved",
        "approval -> approves",
        "approved -> approval",
        "book -> bookings",
        "cancellation -> cancel",
        "cancellation -> cancelled",
        "cancellation -> cancelling",
        "cancellation -> cancels",
        "confirm -> confirmation",
        "enrolment -> enrol",
        "enrolment -> enroll",
        "enrolment -> enrolled",
        "fit -> fitness",
        "fitness -> fits",
        "manager -> manage",
        "reinvitation -> reinvite",
        "reinvitation -> reinvites",
        "reinvitation -> reinviting",
        "safe -> safely",
        "schedule -> scheduler's",
        "secure -> security",
        "short -> shortly",
    ]

    static func collisions(in kb: KnowledgeBase) -> Set<String> {
        let index = kb.searcher.index
        let filter = index.synonymFilter
        var wordKeys: Set<String> = []
        for rule in index.synonyms.rules {
            for phrase in rule.phrases + (rule.targets ?? []) {
                for word in index.analyzer.analyzeWords(phrase) {
                    if let key = filter.wordKey(ofSurface: word.surface) { wordKeys.insert(key) }
                }
            }
        }
        var result: Set<String> = []
        for key in wordKeys {
            // Negations ("cant", "doesn't") all analyze to "not" by design (ContractionFilter).
            guard let stem = index.analyzer.terms(ofSurface: key).first?.term, stem != "not",
                  let term = index.termID[stem] else { continue }
            for surface in 0..<index.surfaces.count where index.surfaces.term[surface] == term {
                let form = index.surfaces.word(surface)
                if filter.wordKey(ofSurface: form) != key, !EnglishInflections.forms(of: key).contains(form) {
                    result.insert("\(key) -> \(form)")
                }
            }
        }
        return result
    }

    @Test func noNewStemCollisionsInContent() throws {
        let found = Self.collisions(in: try ContentFixture.knowledgeBase())
        #expect(found.subtracting(Self.knownCollisions).isEmpty, "new collisions: \(found.subtracting(Self.knownCollisions).sorted())")
        #expect(Self.knownCollisions.subtracting(found).isEmpty, "gone (remove them): \(Self.knownCollisions.subtracting(found).sorted())")
    }

    @Test func aSynonymDoesNotFindAWordThatOnlySharesItsStem() {
        let articles = [
            Article(id: "provider", title: "Ask your provider", sections: [SearchFixtures.section("", "", "Your providers can help.", level: 0)]),
            Article(id: "provided", title: "The token you provided", sections: [SearchFixtures.section("", "", "It was provided by email.", level: 0)]),
        ]
        let table = try! SynonymTable(parsing: "doctor, provider")
        let searcher = Searcher(index: IndexBuilder(synonyms: table).build(articles))
        let ids = searcher.search(SearchRequest(query: "doctor")).hits.map(\.id)
        #expect(ids == ["provider"])
    }

    @Test func inflectionsOfASynonymWordMatch() {
        #expect(EnglishInflections.forms(of: "provider").isSuperset(of: ["providers", "provider's"]))
        #expect(!EnglishInflections.forms(of: "provider").contains("provided"))
        #expect(EnglishInflections.forms(of: "reset").isSuperset(of: ["resets", "resetting"]))
        #expect(EnglishInflections.forms(of: "reply").isSuperset(of: ["replies", "replied", "replying"]))
        #expect(EnglishInflections.lemma("doctors") == "doctor")
        #expect(EnglishInflections.lemma("doctor's") == "doctor")
        #expect(EnglishInflections.lemma("status") == "status")
    }
}
