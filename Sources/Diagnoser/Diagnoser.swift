import KnowledgeBase
import Logging

/// From what a person saw and typed to the likely causes, each with its article section,
/// steps and a reply to paste. The knowledge of causes comes from the articles' front matter;
/// this type reads values into facts, matches messages, and ranks.
///
/// Typed values are examined in memory only: never logged, stored or echoed.
public struct Diagnoser: Sendable {
    /// The longest message read, in UTF-8 bytes; longer messages are cut with a note.
    public static let messageLimit = 16 * 1024
    /// How many search results to offer when nothing matched.
    public static let searchLimit = 5

    let causes: [CompiledCause]
    let matcher: MessageMatcher
    /// The ids of the causes the articles define, in article order.
    public var causeIDs: [String] { causes.map(\.definition.id) }
    /// `when:` lines that could not be read (they never hold), in article order.
    public let problems: [ConditionProblem]
    /// The portal errors the articles explain.
    let errorIDs: Set<ErrorID>
    private let search: (@Sendable (String, Int) -> [SearchHit])?
    let logger: Logger?
    private let tokenizer: MessageTokenizer
    private let reader: MessageReader
    /// The language of the articles, of the messages read, and of the answer's own words.
    public let language: Language
    /// The Diagnoser's own words (evidence, notes) in `language`.
    let sentences: FactSentences
    let extractor = FactExtractor()
    /// Per error id (of the articles' errors and the causes'): which causes explain it, and the value
    /// fields those causes read together with e-mail and link (`addValues`). Worked out once.
    private let explainers: [String: [Bool]]
    private let fieldsRead: [String: Set<String>]

    /// - Parameters:
    ///   - articles: the articles whose `errors` and `causes` drive the diagnosis.
    ///   - synonyms: the search's synonyms; a cause's phrases also match when written with them
    ///     ("never got the invite" for "never got the invitation").
    ///   - search: finds articles for a text when no error or cause matched (text, limit).
    ///   - logger: receives what was diagnosed (ids and confidences, never values or messages).
    ///     Conditions that cannot be read are in `problems`, for content validation to report.
    ///   - language: the language of the articles' phrases, and of the messages it reads.
    public init(articles: [Article], synonyms: SynonymTable = .builtIn,
                search: (@Sendable (String, Int) -> [SearchHit])? = nil, logger: Logger? = nil, language: Language = .original) {
        let parser = ConditionParser()
        var causes: [CompiledCause] = []
        var problems: [ConditionProblem] = []
        var errors: [(id: String, messages: [String])] = []
        var errorPosition: [String: Int] = [:]
        for article in articles {
            for error in article.errors {
                if let position = errorPosition[error.id] {
                    errors[position].messages += error.allMessages
                } else {
                    errorPosition[error.id] = errors.count
                    errors.append((error.id, error.allMessages))
                }
            }
            for (causeIndex, definition) in article.causes.enumerated() {
                var conditions: [Condition] = []
                for (conditionIndex, line) in definition.when.enumerated() {
                    do {
                        conditions.append(try parser.parse(line))
                    } catch {
                        problems.append(ConditionProblem(
                            article: article.id, file: article.sourcePath, cause: definition.id, causeIndex: causeIndex,
                            conditionIndex: conditionIndex, error: error))
                    }
                }
                causes.append(CompiledCause(definition: definition, article: article, conditions: conditions, language: language))
            }
        }
        var phrases: [(cause: Int, phrases: [String], weight: Double)] = []
        let rewriter = PhraseSynonyms(table: synonyms)
        for (index, cause) in causes.enumerated() {
            phrases.append((index, rewriter.expand(cause.definition.phrases), 1))
            // A cause that explains no portal error is also found by its article's aliases: the article's
            // only such cause, or the only one that needs nothing typed (no conditions).
            if cause.errors.isEmpty, let article = articles.first(where: { $0.id == cause.article.id }) {
                let others = article.causes.filter { $0.errors.isEmpty }
                let plain = others.filter { $0.when.isEmpty }
                if others.count == 1 || cause.definition.isDefault || (plain.count == 1 && plain[0].id == cause.definition.id) {
                    phrases.append((index, rewriter.expand(article.aliases), 0.85))
                }
            }
        }
        self.causes = causes
        self.matcher = MessageMatcher(errors: errors, phrases: phrases, language: language)
        // The templates' words and the stop words are most of what messages say: their tokens are made once.
        self.tokenizer = MessageTokenizer(language: language, knownWords: matcher.errorIndex.words.union(matcher.phraseIndex.words)
            .union(MessageStopwords.words(in: language)))
        self.reader = MessageReader(language: language)
        self.language = language
        self.sentences = FactSentences.of(language)
        self.problems = problems
        self.errorIDs = Set(errors.map(\.id))
        let allErrors = Set(errors.map(\.id)).union(causes.flatMap(\.definition.errors))
        self.explainers = Dictionary(uniqueKeysWithValues: allErrors.map { ($0, Self.explaining($0, causes)) })
        self.fieldsRead = Dictionary(uniqueKeysWithValues: allErrors.map { ($0, Self.fieldsRead(for: $0, causes)) })
        self.search = search
        self.logger = logger
    }

    public func diagnose(_ request: DiagnosisRequest) -> Diagnosis {
        var diagnosis = Diagnosis(ignored: request.ignoredKeys, language: language)
        var values = Self.canonical(request.values, ignored: &diagnosis.ignored)
        if request.isEmpty {
            diagnosis.notes.append(sentences["note.empty"])
            logger?.debug("Empty diagnosis request")
            return diagnosis
        }
        var message = request.message ?? ""
        if message.utf8.count > Self.messageLimit {
            message = Self.cut(message, toBytes: Self.messageLimit)
            diagnosis.notes.append(sentences["note.cut"])
        }
        // Folded once: the tokens and the message reader read the same bytes.
        let folded = MessageTokenizer.foldedBytes(message)
        let tokens = tokenizer.tokens(folded: folded)
        var error = matcher.bestError(in: tokens)
        let reading = message.isEmpty ? MessageReader.Reading() : reader.read(message, folded: folded)
        var context = request.context
        if context.flow == nil, let flow = reading.flow { context.flow = flow }
        // Counts the person states ("got the invite twice") stand in for counts the caller did not send.
        if context.codesRequested == nil, let count = reading.counts["codesRequested"] { context.codesRequested = count }
        if context.invitationsSent == nil, let count = reading.counts["invitationsSent"] { context.invitationsSent = count }
        if context.resetRequests == nil, let count = reading.counts["resetRequests"] { context.resetRequests = count }
        let fromMessage = addValues(reading, error: error, to: &values)
        var facts = extractor.facts(values: values, context: context, fromMessage: fromMessage)
        facts.set("timesHourApart", reading.timesHourApart)
        facts.set("saysUsedBefore", reading.saysUsedBefore)
        // The message tells the date it holds in numbers in words too, day first ("05/06/1980 … el 5 de junio").
        if reading.dayFirst, fromMessage.contains("dateOfBirth") { facts.set("dateOfBirth.dayFirst", true) }
        let phrases = matcher.phraseEvidence(in: tokens, outside: error)
        var inferred = false
        if error == nil, let implied = impliedError(facts: facts, phrases: phrases) {
            error = implied
            inferred = true
        }
        let explains = error.map { explaining($0.id) }
        let ranked = CauseRanker().rank(causes: causes, error: error, facts: facts, phrases: phrases, explains: explains)

        diagnosis.error = error.map { MatchedError(id: $0.id, confidence: Self.rounded($0.confidence)) }
        if inferred { diagnosis.notes.append(sentences["note.inferred"]) }
        diagnosis.causes = output(ranked, facts: facts, error: error, explains: explains)
        if diagnosis.causes.isEmpty {
            let text = message.trimmedForReading
            if !text.isEmpty, let search {
                diagnosis.searchResults = search(String(text), Self.searchLimit)
            }
            diagnosis.notes.append(sentences[diagnosis.searchResults.isEmpty ? "note.noMatch" : "note.noMatchSearch"])
        }
        logger?.debug("Diagnosed", metadata: [
            "error": "\(diagnosis.error?.id ?? "none")",
            "topCause": "\(diagnosis.causes.first?.id ?? "none")",
            "confidence": "\(diagnosis.causes.first?.confidence ?? 0)",
            "valueKeys": "\(values.keys.sorted().joined(separator: ","))",
            "messageBytes": "\(message.utf8.count)",
        ])
        return diagnosis
    }

    /// The values under the contract's keys; keys it does not know are listed in `ignored`.
    static func canonical(_ values: [String: String], ignored: inout [String]) -> [String: String] {
        var canonical: [String: String] = [:]
        for (key, value) in values {
            if let field = DiagnosisRequest.ValueField(key: key) {
                canonical[field.rawValue] = value
            } else {
                ignored.append("values." + DiagnosisRequest.safeKeyName(key))
            }
        }
        return canonical
    }

    /// Per cause, whether it explains the error `id`.
    func explaining(_ id: String) -> [Bool] {
        explainers[id] ?? Self.explaining(id, causes)
    }

    private static func explaining(_ id: String, _ causes: [CompiledCause]) -> [Bool] {
        causes.map { $0.errors.contains(id) }
    }

    /// The value fields the causes of error `id` read, with e-mail and link.
    private static func fieldsRead(for id: String, _ causes: [CompiledCause]) -> Set<String> {
        causes.filter { $0.errors.contains(id) }.reduce(alwaysRead) { $0.union($1.valueGroups) }
    }

    /// The ranked causes written out, confidences rounded and never increasing down the list.
    func output(_ ranked: [CauseRanker.Ranked], facts: Facts, error: MessageMatcher.ErrorMatch?, explains: [Bool]? = nil) -> [RankedCause] {
        let explains = explains ?? error.map { explaining($0.id) }
        var previous = 1.0
        return ranked.map { entry in
            let confidence = min(previous, Self.rounded(entry.confidence))
            previous = confidence
            return output(for: entry, confidence: confidence, facts: facts, explainsError: explains?[entry.cause] ?? false)
        }
    }

    private func output(for entry: CauseRanker.Ranked, confidence: Double, facts: Facts, explainsError: Bool) -> RankedCause {
        let cause = causes[entry.cause]
        var evidence: [String] = []
        if let held = entry.held.map({ cause.heldOutlines[$0] }) {
            // "a phone number was entered" says nothing when another fact describes the phone.
            for fact in held.described {
                if let words = FactDescriber.describe(fact, in: facts, sentences: sentences), !evidence.contains(words) { evidence.append(words) }
            }
            // A letter that looks like a digit is worth saying whichever condition held.
            for fact in held.lookAlikeFacts {
                if facts[fact] == .bool(true), let words = FactDescriber.describe(fact, in: facts, sentences: sentences) {
                    evidence.append(words)
                }
            }
            // A date that reads both ways is a fact worth saying, not a guess to make.
            if held.readsDateOfBirth, facts["dateOfBirth.dayMonthAmbiguous"] == .bool(true),
               let words = FactDescriber.describe("dateOfBirth.dayMonthAmbiguous", in: facts, sentences: sentences), !evidence.contains(words) {
                evidence.append(words)
            }
        }
        if let phrase = entry.phrase {
            evidence.append(sentences.text("evidence.mentions", ["phrase": phrase.phrase]) ?? phrase.phrase)
        }
        if evidence.isEmpty, explainsError, cause.definition.isDefault {
            evidence.append(sentences["evidence.mostCommon"])
        }
        return RankedCause(
            id: cause.definition.id, confidence: confidence, article: cause.article,
            explanation: cause.explanation.filled(with: facts, words: sentences),
            steps: cause.definition.steps,
            reply: cause.reply.filled(with: facts, words: sentences),
            evidence: evidence,
            office: cause.definition.office
        )
    }

    /// Values written inside the message. With an error recognised, those of the fields its causes
    /// look at (plus e-mail addresses and links, which are unambiguous); with none, only values whose
    /// field is named next to them (a code next to "PIN", a date next to "born"). Fields sent explicitly win.
    private func addValues(_ reading: MessageReader.Reading, error: MessageMatcher.ErrorMatch?,
                           to values: inout [String: String]) -> Set<String> {
        let relevant = error.map { fieldsRead[$0.id] ?? Self.fieldsRead(for: $0.id, causes) } ?? Self.alwaysRead
        var added = Set<String>()
        func add(_ key: String, _ candidates: [String], named: Bool = false) {
            guard values[key] == nil, relevant.contains(key) || (error == nil && named), let first = candidates.first else { return }
            values[key] = first
            added.insert(key)
        }
        add("email", reading.emails)
        // The username box is filled with the e-mail address: an address next to a "taken" username is the username.
        add("username", reading.emails)
        add("link", reading.links)
        add("dateOfBirth", reading.dates, named: reading.datesNamed)
        add("phone", reading.phones, named: reading.phonesNamed)
        if relevant.contains("securityCode") != relevant.contains("pin") {
            add(relevant.contains("securityCode") ? "securityCode" : "pin", reading.codes.map(\.text))
        } else if error == nil {
            for field in ["securityCode", "pin"] {
                add(field, reading.codes.filter { $0.field == field }.map(\.text), named: true)
            }
        }
        return added
    }

    /// With no error in the message, the error the values point to: the error of a cause whose
    /// condition on the values holds, else the error whose causes read the first value given
    /// (in the contract's order: security code, PIN, date of birth, phone, username, password, link).
    /// An e-mail address alone points to no error (its causes explain none).
    private func impliedError(facts: Facts, phrases: [Int: MessageMatcher.PhraseMatch]) -> MessageMatcher.ErrorMatch? {
        let given = Self.valueOrder.filter { facts.isPresent(group: $0) }
        guard !given.isEmpty else { return nil }
        // A cause that explains no error, with evidence of its own, speaks louder than a value's error.
        for (index, cause) in causes.enumerated() where cause.errors.isEmpty {
            if phrases[index] != nil || cause.conditions.contains(where: { $0.holds(in: facts) }) { return nil }
        }
        for group in given {
            for cause in causes where cause.valueGroups.contains(group) && cause.errors.count == 1 {
                if cause.conditions.contains(where: { $0.holds(in: facts) }), let id = cause.definition.errors.first {
                    return MessageMatcher.ErrorMatch(id: id, confidence: Self.impliedConfidence, template: "")
                }
            }
        }
        for group in given {
            if let cause = causes.first(where: { $0.valueGroups.contains(group) && $0.errors.count == 1 }),
               let id = cause.definition.errors.first {
                return MessageMatcher.ErrorMatch(id: id, confidence: Self.impliedConfidence, template: "")
            }
        }
        return nil
    }

    /// The value fields read from a message whatever the error: they are unambiguous.
    static let alwaysRead: Set<String> = ["email", "link"]

    static let valueOrder = ["securityCode", "pin", "dateOfBirth", "phone", "username", "password", "link", "email"]
    /// How sure an error inferred from values alone is.
    static let impliedConfidence = 0.8

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The longest prefix of `text` within `limit` UTF-8 bytes, on a character boundary.
    static func cut(_ text: String, toBytes limit: Int) -> String {
        var count = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf8.count
            if count + size > limit { break }
            count += size
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
