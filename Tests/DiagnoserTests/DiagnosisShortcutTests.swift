import Evaluation
import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser
import TestSupport

/// The shortcuts a diagnosis takes (tokens made in advance, facts by slot, conditions
/// and texts prepared once) answer as the plain way does, on the real articles and every case.
@Suite struct DiagnosisShortcutTests {
    /// Every request of the evaluation files (dev and fixtures).
    static func requests() throws -> [DiagnosisRequest] {
        let fixtures = try FileManager.default.contentsOfDirectory(at: RepoPaths.diagnoserFixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
        return try ([RepoPaths.devCases] + fixtures).flatMap { try EvaluationCase.load(from: $0).map(\.request) }
    }

    @Test func tokensMadeInAdvanceAreTheTokensMadeWordByWord() throws {
        let messages = try Self.requests().compactMap(\.message)
        #expect(messages.count >= 200)
        for language in [Language.en, .es] {
            let diagnoser = Diagnoser(knowledgeBase: try language == .en ? ContentFixture.knowledgeBase() : ContentFixture.spanishKnowledgeBase())
            let words = diagnoser.matcher.errorIndex.words.union(diagnoser.matcher.phraseIndex.words).union(MessageStopwords.words(in: language))
            let fast = MessageTokenizer(language: language, knownWords: words)
            let plain = MessageTokenizer(language: language)
            var generator = SplitMix64(seed: 31)
            let made = (0..<300).map { _ in MessageMaker.message(from: diagnoser.matcher.phraseIndex, using: &generator) }
            var known = 0
            for message in messages + made + ["", "   ", "I'm the user's mom -- DON'T know", "Contraseña inválida: ya usé el código 12-34"] {
                let tokens = fast.tokens(message)
                #expect(tokens == plain.tokens(message), "\(message)")
                known += tokens.filter { words.contains($0.text) }.count
            }
            #expect(known > 1_000)  // the tokens made in advance are used
        }
    }

    @Test func factsBySlotAreTheFactsByName() throws {
        var checked = 0
        for request in try Self.requests() {
            let facts = FactExtractor().facts(values: Diagnoser.canonicalForTests(request.values), context: request.context)
            for name in FactCatalog.names {
                let slot = try #require(FactCatalog.slot(of: name))
                #expect(facts[slot: slot] == facts[name])
                #expect(facts.groupPresent(slot: slot) == facts.groupPresent(for: name))
                #expect(facts.values[name] == facts[name])
            }
            checked += 1
        }
        #expect(checked >= 200)
        // A name outside the catalog is kept by name.
        var facts = Facts()
        facts.set("made.up", 3)
        #expect(facts["made.up"] == .int(3) && facts.values["made.up"] == .int(3))
        #expect(FactCatalog.slot(of: "made.up") == nil)
    }

    /// A clause evaluated the plain way: its fact and its group's presence looked up by name.
    static func plainHolds(_ clause: Condition.Clause, in values: [String: FactValue]) -> Bool {
        let group = clause.fact.hasSuffix(".present") ? nil : FactCatalog.group(of: clause.fact)
        if let group, values[group + ".present"] != .bool(true) { return false }
        guard let value = values[clause.fact] else { return false }
        switch (clause.test, value) {
        case (.isTrue, _): return value.isTruthy
        case (.isFalse, _): return !value.isTruthy
        case (.compare(let op, .number(let expected)), .int(let actual)):
            let order: [Condition.Operator: Bool] = [.equal: actual == expected, .notEqual: actual != expected, .greater: actual > expected,
                                                     .greaterOrEqual: actual >= expected, .less: actual < expected, .lessOrEqual: actual <= expected]
            return order[op] ?? false
        case (.compare(let op, .word(let expected)), .bool(let actual)):
            return op == .equal ? actual == (expected == "true") : op == .notEqual && actual != (expected == "true")
        case (.compare(let op, .word(let expected)), .word(let actual)):
            return op == .equal ? actual.lowercased() == expected : op == .notEqual && actual.lowercased() != expected
        default: return false
        }
    }

    @Test func causesRankAsWithConditionsReadByName() throws {
        let diagnoser = Diagnoser(knowledgeBase: try ContentFixture.knowledgeBase())
        var held = 0
        for request in try Self.requests() {
            let facts = FactExtractor().facts(values: Diagnoser.canonicalForTests(request.values), context: request.context)
            for cause in diagnoser.causes {
                for (place, condition) in cause.conditions.enumerated() {
                    #expect(cause.checks[place].count == condition.clauses.count)
                    #expect(ClauseCheck.allHold(cause, condition: place, in: facts) == condition.clauses.allSatisfy { Self.plainHolds($0, in: facts.values) })
                }
            }
            for error in [nil] + diagnoser.errorIDs.sorted().prefix(6).map({ MessageMatcher.ErrorMatch(id: $0, confidence: 0.9, template: "") }) {
                let ranked = CauseRanker().rank(causes: diagnoser.causes, error: error, facts: facts, phrases: [:],
                                                explains: error.map { diagnoser.explaining($0.id) })
                #expect(ranked.map(\.cause) == CauseRanker().rank(causes: diagnoser.causes, error: error, facts: facts, phrases: [:]).map(\.cause))
                for entry in ranked {
                    let conditions = diagnoser.causes[entry.cause].conditions
                    // The condition that holds with the most clauses, the first of equals.
                    let expected = conditions.indices.filter { place in conditions[place].clauses.allSatisfy { Self.plainHolds($0, in: facts.values) } }
                        .max { conditions[$0].clauses.count < conditions[$1].clauses.count }
                    #expect(entry.held == expected)
                    if entry.held != nil { held += 1 }
                }
            }
        }
        #expect(held > 100)  // conditions do hold in the comparison
        for id in diagnoser.errorIDs {
            #expect(diagnoser.explaining(id) == diagnoser.causes.map { $0.errors.contains(id) })
        }
    }

    @Test func heldOutlinesSayWhatTheConditionsRead() throws {
        let diagnoser = Diagnoser(knowledgeBase: try ContentFixture.knowledgeBase())
        var outlines = 0
        for cause in diagnoser.causes {
            for (condition, outline) in zip(cause.conditions, cause.heldOutlines) {
                let facts = condition.facts
                #expect(outline.described == facts.filter { !$0.hasSuffix(".present") || facts.count == 1 })
                #expect(Set(outline.lookAlikeFacts) == Set(facts.compactMap(FactCatalog.group(of:)).map { $0 + ".hasLookAlikes" }))
                #expect(outline.lookAlikeFacts.count == Set(outline.lookAlikeFacts).count)
                #expect(outline.readsDateOfBirth == facts.contains { $0.hasPrefix("dateOfBirth.") })
                outlines += 1
            }
        }
        #expect(outlines >= 20)
    }
}

extension Diagnoser {
    static func canonicalForTests(_ values: [String: String]) -> [String: String] {
        var ignored: [String] = []
        return canonical(values, ignored: &ignored)
    }
}
