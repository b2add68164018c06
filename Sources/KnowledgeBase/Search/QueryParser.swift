/// Turns query text into clauses: analyzes it with the index's analyzer, groups synonym
/// phrases, and adds each word's alternatives: compound parts, synonyms, typo corrections
/// and related forms (for words the collection does not know) and, when the text does not
/// end in whitespace or punctuation, completions of the last word; all three only in
/// queries short enough to be typed (`RankingParameters.maxWordsForTypos`), not in pasted
/// messages. Then it gives each clause the statistics of the word as typed, and each
/// alternative the keys it is scored with (`ScoredKey`).
struct QueryParser: Sendable {
    let index: InvertedIndex
    let ranking: RankingParameters
    let typos: TypoTolerance
    /// The index terms of the site's name (`RankingParameters.siteName`): never a match alone.
    var siteNameTerms: Set<Int32> = []
    /// Reads a question about the site itself (`SiteQuestion`); nil reads none.
    var siteQuestion: SiteQuestion? = nil
    /// Who searches: a typed word is known, and an expansion offered, only through terms of
    /// articles this reader sees (`TermReaders`); nil for every article.
    var reader: Audience? = nil

    /// Words of a query read at most; the rest of a very long paste adds nothing but cost.
    static let maxWords = 256

    /// Parses `text`; `prefix` forces (or forbids) treating the last word as a prefix.
    func parse(_ text: String, prefix: Bool? = nil) -> Query {
        let surfaces = index.surfaces
        let inflectionFamily = index.analyzer.inflectionFamily
        let found = index.termReaders.terms(foundBy: reader)
        // Every word, stop words kept: the words as typed (`typedWords`), and those with terms;
        // not the values the person typed (`isValue`).
        var typed = index.analyzeWords(text, keepsStopWords: true, compoundsApartUnless: found)
        let links = Self.linkRanges(in: text)
        var bytes = text
        let (hasDigit, hasAt) = bytes.withUTF8 { ($0.contains(where: \.isASCIIDigit), $0.contains(UInt8(ascii: "@"))) }
        var spelled = Self.nameStarts(typed, in: text)
        if hasDigit { spelled.formUnion(Self.monthStarts(typed)) }
        // The values still count as words written, a number joined to others once ("10:15" is
        // one value): how the text was written (typed or pasted, keywords or a question) does
        // not change with what it is about.
        var values = 0
        // Most texts hold no value at all: no word is looked at then.
        if hasDigit || hasAt || !links.isEmpty || !spelled.isEmpty {
            let joinedNumbers = hasDigit ? typedNumberRanges(in: text, words: typed, found: found) : []
            var runsCounted = Set<Int>()
            typed.removeAll { word in
                let run = joinedNumbers.firstIndex { $0.contains(word.start) }
                guard isValue(word, links: links, isJoinedNumber: run != nil, spelled: spelled, found: found) else { return false }
                if let run {
                    if runsCounted.insert(run).inserted { values += 1 }
                } else {
                    values += 1
                }
                return true
            }
        }
        var words = typed.filter { !$0.terms.isEmpty }
        // The particle written after each word ("log in"): a phrasal verb for the synonyms.
        var particles = index.synonymFilter.particles(after: typed)
        if words.isEmpty {
            words = index.analyzer.keepingStopWords.analyzeWords(text)
            particles = []
        }
        if words.count > Self.maxWords {
            words.removeLast(words.count - Self.maxWords)
            if particles.count > Self.maxWords { particles.removeLast(particles.count - Self.maxWords) }
        }
        let written = words.count + values
        let lastIsOpen = prefix ?? (text.unicodeScalars.last.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false)
        let expander = TermExpander(surfaces: index.surfaces, typos: typos, found: found)
        func foundID(_ term: String) -> Int32? { index.termID(term, foundIn: found) }
        let matches = index.synonymFilter.matches(in: words, particles: particles)
        var clauses: [QueryClause] = []
        clauses.reserveCapacity(words.count)
        // Where each clause's first word starts, for a pasted text: which sentence it is in.
        let isPasted = written > ranking.maxWordsForTypos
        var clauseStarts: [Int] = []
        if isPasted { clauseStarts.reserveCapacity(words.count) }
        var misspelled: [AnalyzedWord] = []
        var typoMatches: [String: [SurfaceDictionary.FuzzyMatch]] = [:]
        var writtenApart: [String: String] = [:]
        // Per misspelled word, keyed by where it starts, its closest correction (a word form):
        // it stands for the word in the phrase and label rules and in proximity, as a corrected
        // word does in Meilisearch's.
        var corrections: [Int: Int] = [:]
        var position = 0
        var matchIndex = 0
        while position < words.count {
            let match = matchIndex < matches.count && matches[matchIndex].range.lowerBound == position ? matches[matchIndex] : nil
            let span = match?.range ?? position..<(position + 1)
            if match != nil { matchIndex += 1 }
            let spanWords = words[span]
            var alternatives: [QueryAlternative] = []
            // The word itself, its compound parts or a correction or two, and its synonyms: room
            // for the common case, so the list is not regrown alternative by alternative.
            alternatives.reserveCapacity(4 + (match?.alternatives.count ?? 0))
            // The span's terms as typed, and whether the index has every one of them.
            var exactIDs: [Int32] = []
            var allExact = true
            for word in spanWords {
                for term in word.terms {
                    if let id = foundID(term) { exactIDs.append(id) } else { allExact = false }
                }
            }
            if allExact, !exactIDs.isEmpty {
                // A synonym phrase with a phrasal verb ("log in", "cant get in") as typed: with its particle.
                let phrasal = match == nil ? nil : phrasalTerms(words, span, particles: particles)
                alternatives.append(alternative(.exact, 1, phrasal ?? exactIDs))
                if phrasal == nil, spanWords.count > 1, exactIDs.count == spanWords.count {
                    alternatives += equivalentPhrases(spanWords, exactIDs, found: found)
                }
            }
            if spanWords.count == 1 {
                let word = spanWords[span.lowerBound]
                // Built only when a typo or prefix expansion needs it (most words need neither).
                func own() -> Set<Int32> { Set(exactIDs) }
                if word.parts.count > 1 {
                    let parts = word.parts.compactMap(foundID)
                    if parts.count == word.parts.count {
                        // The typed word written apart ("e-mail" as "e mail"): matched and scored
                        // part by part like words the person typed, not as an expansion.
                        var compound = alternative(.compoundParts, 0.9, parts)
                        compound.requiredKeys = 1
                        alternatives.append(compound)
                    }
                }
                let known = allExact && !exactIDs.isEmpty
                let short = written <= ranking.maxWordsForTypos
                // Unknown, or in a typed query known only by a stem no word is written with.
                let isMisspelled = !known || short && !Self.isWritten(word.surface, in: surfaces, inflectionFamily: inflectionFamily)
                if isMisspelled { misspelled.append(word) }
                if short, isMisspelled {
                    // A short word of neither the articles nor the language ("bok", "vist") was
                    // typed with a letter left out, the commonest slip in a short word; not with a
                    // letter changed, which turns one short word into another ("fax": "fix").
                    let readsLeftOutLetter = !known && index.analyzer.words?.contains(word.surface) == false
                    let matches = typoMatches[word.surface] ?? expander.typoMatches(of: word.surface, readsLeftOutLetter: readsLeftOutLetter)
                    typoMatches[word.surface] = matches
                    let candidates = expander.corrections(among: matches, excluding: own(), limit: ranking.maxFuzzyTerms)
                    if exactIDs.isEmpty, let best = candidates.first {
                        corrections[word.start] = best.surface
                    }
                    for candidate in candidates {
                        var weight = ranking.fuzzyWeights[min(candidate.distance, ranking.fuzzyWeights.count) - 1]
                        // A correction to a word no label writes is the weaker guess (see `unlabelledCorrectionWeight`).
                        let unlabelled = !index.labelledTerms[Int(candidate.term)]
                        if unlabelled { weight *= ranking.unlabelledCorrectionWeight }
                        alternatives.append(alternative(.fuzzy(distance: candidate.distance, unlabelled: unlabelled), weight, [candidate.term]))
                    }
                    // Words typed together ("phonenumber", "dateofbirth"), for a word the
                    // collection has no form of within its typo allowance: their terms, as a
                    // phrase, weighed as one typo (as Meilisearch counts a split word); or, when
                    // two words are a synonyms' phrase the articles do not write ("pinnumber"),
                    // its synonyms, weighed as a synonym of a typo.
                    if !known, candidates.isEmpty {
                        if let split = expander.split(word.surface, pairFrequency: index.pairFrequency) {
                            let terms = split.map { surfaces.term[$0] }.filter { $0 >= 0 }
                            alternatives.append(alternative(.splitWords, ranking.fuzzyWeights[0], terms))
                            writtenApart[word.surface] = split.map(surfaces.word).joined(separator: " ")
                        } else if let joined = index.synonymFilter.joinedPhrase(word.surface) {
                            alternatives += joined.alternatives.compactMap {
                                synonymAlternative($0, kind: .splitWords, weight: ranking.fuzzyWeights[0] * ranking.synonymWeight)
                            }
                            writtenApart[word.surface] = joined.first + " " + joined.second
                        }
                    }
                }
                // A word the articles never write ("notified"), matched through the words they
                // do write of its family ("notification"), weighed as a synonym: another word
                // for the same thing, not a slip of the keyboard. Only where the analyzer knows
                // the language's word families (English): Porter2 keeps derivational endings
                // apart, the Spanish stemmer already strips them (-ación, -ción, -miento), and
                // there a word the articles never write is a typo.
                if short, isMisspelled, inflectionFamily != nil, word.terms.count == 1 {
                    for candidate in expander.relatedForms(of: word.surface, stem: word.terms[0], terms: index.terms, excluding: own(),
                                                           limit: ranking.maxRelatedForms) {
                        alternatives.append(alternative(.relatedForm, ranking.synonymWeight, [candidate.term]))
                    }
                }
                if lastIsOpen, span.upperBound == words.count, word.end == text.utf8.count,
                   written <= ranking.maxWordsForTypos {
                    for candidate in expander.completions(of: word.surface, excluding: own(), limit: ranking.maxPrefixTerms) {
                        alternatives.append(alternative(.prefix, ranking.prefixWeight, [candidate.term]))
                    }
                }
            }
            if let match {
                for (synonym, isEquivalent) in zip(match.alternatives, match.isEquivalent) {
                    if let synonym = synonymAlternative(synonym, kind: isEquivalent ? .equivalent : .synonym, weight: ranking.synonymWeight) {
                        alternatives.append(synonym)
                    }
                }
            }
            let text = spanWords.count == 1 ? spanWords[span.lowerBound].surface : spanWords.map(\.surface).joined(separator: " ")
            let standIn = span.count == 1 && !corrections.isEmpty ? corrections[spanWords[span.lowerBound].start].map { surfaces.term[$0] } : nil
            if isPasted { clauseStarts.append(spanWords[span.lowerBound].start) }
            clauses.append(QueryClause(text: text, alternatives: alternatives,
                                       firstTerm: allExact ? exactIDs.first : standIn, lastTerm: allExact ? exactIDs.last : standIn,
                                       referenceIDF: 0, isCommon: false))
            position = span.upperBound
        }
        // Keywords are one or two words (after stop words; a synonym phrase is one): common
        // words count, so "pt asks which browsers supported" is a question, not the keyword
        // "browsers" that an article with "browser" in its title would win by the title rule.
        let style: QueryStyle = isPasted ? .pasted : clauses.count + values <= 2 ? .keywords : .question
        // A message's words outside the sentences that ask weigh less (`contextWordWeight`).
        let asking = isPasted ? AskingSentences(text, wordStarts: clauseStarts) : nil
        for number in clauses.indices {
            weigh(&clauses[number], style: style, isContext: asking.map { !$0.asks(at: clauseStarts[number]) } ?? false)
        }
        let quoted = Self.quotedRanges(in: text)
        // The label rules read the words as typed, of a typed, unquoted query only.
        let surfaceIDs = style.isTyped && quoted.isEmpty ? typed.map { surfaces.find($0.surface) ?? corrections[$0.start] } : nil
        // The synonym matches were found in `words`: `typed` without its stop words.
        let restated = surfaceIDs.flatMap { words.count == typed.count { !$0.terms.isEmpty }
            ? restatedWords(typed, surfaceIDs: $0, matches: matches) : nil } ?? []
        return Query(clauses: clauses, misspelledWords: misspelled, typoMatches: typoMatches, writtenApart: writtenApart, words: words, style: style,
                     phrase: phrase(quoted: quoted, words: words, corrections: corrections, style: style),
                     typedWords: surfaceIDs.map(typedWords) ?? [],
                     typedWordSet: surfaceIDs.map { typedWordSet(typed, surfaceIDs: $0) } ?? [],
                     restatedWords: restated,
                     restatedWordSet: LabelPhrases.restatedWordSet(restated, surfaces: index.surfaces),
                     siteQuestionDocuments: siteQuestion.map { $0.isAsked(in: typed, text: text, filter: index.synonymFilter) ? $0.articles : [] } ?? [],
                     asked: QuestionWords.asked(in: text))
    }

    /// Whether `word` is a value the person typed: a word with a digit (a PIN, a security code,
    /// a date of birth, a phone number), an e-mail address (one word to the tokenizer), a word of
    /// a link they pasted (`links`), or a word written as a name or as the month of a date
    /// (`spelled`), whose terms the articles the reader sees (`found`) do not have; or a number
    /// written joined to another (`isJoinedNumber`: "10:15", "03/14/1985", "415-555-2290",
    /// `typedNumberRanges`), whose terms they may have. People write what they entered or were
    /// sent into their question ("my pin 4821 wont work", "dob 03/14/1985 not accepted", "born
    /// june 3rd 1990", "the invite went to jo.perez@example.org",
    /// "https://portal.example/register?token=Zk93Qa says page not found", "my name is Maria
    /// Lopez and my dob wont work"); the value says what they typed,
    /// not what they ask about, so it is no query word, like a stop word: it neither has to match
    /// (the match policy, the "no good answer" threshold) nor gets typo corrections that would
    /// read it as another number, nor stands between the words of a phrase ("move my 10:15
    /// appointment" is "move my appointment", whatever numbers the articles write). Numbers,
    /// addresses, link words and names the articles or the synonyms hold ("404", "c2001",
    /// "ie11", "register", "Internet Explorer") stay words, unless joined to another number in a
    /// way the articles do not write; so do unknown words elsewhere ("copay"), which may be what
    /// no article answers.
    private func isValue(_ word: AnalyzedWord, links: [Range<Int>], isJoinedNumber: Bool, spelled: Set<Int>,
                         found: TermReaders.Found) -> Bool {
        guard !word.terms.isEmpty,
              isJoinedNumber || word.surface.utf8.contains(where: { $0.isASCIIDigit || $0 == UInt8(ascii: "@") })
                || links.contains(where: { $0.contains(word.start) }) || (!spelled.isEmpty && spelled.contains(word.start))
        else { return false }
        // A word a synonym names ("ie11", "2fa", "60 minutes") is one the help center knows.
        guard index.synonymFilter.wordKey(ofSurface: word.surface) == nil else { return false }
        return isJoinedNumber || word.terms.contains { index.termID($0, foundIn: found) == nil }
    }

    /// The joined numbers of `text` (`joinedNumberRanges`) that no article the reader sees
    /// (`found`) writes joined the same way: each pair of neighbouring numbers of a run the
    /// articles write side by side ("12:25:00" quoted from a log) makes it the help center's own
    /// number, not the person's value.
    private func typedNumberRanges(in text: String, words: [AnalyzedWord], found: TermReaders.Found) -> [Range<Int>] {
        Self.joinedNumberRanges(in: text).filter { run in
            let ids = words.filter { run.contains($0.start) }.flatMap(\.terms).map { index.termID($0, foundIn: found) }
            guard ids.count >= 2, !ids.contains(nil) else { return true }
            return !zip(ids, ids.dropFirst()).allSatisfy { index.bigramID.find($0!, $1!) != nil }
        }
    }

    /// The UTF-8 ranges of the numbers written joined to another number by ":", "/" or "-", with
    /// no space between: a time ("10:15"), a date ("03/14/1985", "2026-12-02") or a phone number
    /// ("415-555-2290"), letters after it or not ("10:15am"). A number joined to letters only
    /// ("6-digit") is no such run. One pass over the bytes, no strings.
    static func joinedNumberRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            func isJoiner(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") }
            var ranges: [Range<Int>] = []
            var index = 0
            while index < bytes.count {
                guard bytes[index].isASCIIDigit, index == 0 || !Self.isWordByte(bytes[index - 1]) else { index += 1; continue }
                // A run of digit groups, each after one joiner.
                let start = index
                var groups = 0
                var end = index
                while end < bytes.count, bytes[end].isASCIIDigit {
                    while end < bytes.count, bytes[end].isASCIIDigit { end += 1 }
                    groups += 1
                    guard end + 1 < bytes.count, isJoiner(bytes[end]), bytes[end + 1].isASCIIDigit else { break }
                    end += 1
                }
                if groups >= 2 { ranges.append(start..<end) }
                index = max(end, index + 1)
            }
            return ranges
        }
    }

    /// A letter or digit of ASCII, or any byte of a multi-byte character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIIDigit || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte >= 0x80
    }

    /// The starts of the month names (`MonthNames`) written in a date: beside a word with a
    /// digit, or one stop word away from it ("nov 12", "june 3rd 1990", "14th of march",
    /// "3 de junio"). `words` keep their stop words.
    static func monthStarts(_ words: [AnalyzedWord]) -> Set<Int> {
        var starts: Set<Int> = []
        // Only the neighbours of a word with a digit are looked up.
        for number in words.indices where words[number].surface.utf8.contains(where: \.isASCIIDigit) {
            func mark(_ candidate: Int, across between: Int? = nil) {
                guard words.indices.contains(candidate), between.map({ words[$0].terms.isEmpty }) ?? true,
                      MonthNames.all.contains(words[candidate].surface) else { return }
                starts.insert(words[candidate].start)
            }
            mark(number - 1)
            mark(number + 1)
            mark(number - 2, across: number - 1)
            mark(number + 2, across: number + 1)
        }
        return starts
    }

    /// The starts of the words of `text` written as a name is: capitalized ("Maria", not
    /// "PIN") beside another capitalized word ("my name is Maria Lopez", "Dr. Anita Okafor"),
    /// in a text that is not written in capitals throughout (a title-cased "Forgot Usernme"
    /// is no name).
    static func nameStarts(_ words: [AnalyzedWord], in text: String) -> Set<Int> {
        guard words.count >= 2 else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            // An ASCII capital then a lowercase letter, read from the bytes; a word that starts
            // with another script's letter, as a Character.
            func isCapitalized(_ word: AnalyzedWord) -> Bool {
                guard word.start + 1 < bytes.count else { return false }
                let first = bytes[word.start], second = bytes[word.start + 1]
                if first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") {
                    return (second >= UInt8(ascii: "a") && second <= UInt8(ascii: "z")) || second >= 0xC0
                }
                guard first >= 0xC0 else { return false }
                let characters = String(decoding: bytes[word.start..<min(bytes.count, word.start + 8)], as: UTF8.self).prefix(2)
                guard let head = characters.first, head.isUppercase, characters.count == 2, let next = characters.last else { return false }
                return next.isLowercase
            }
            // Most texts have no two capitalized words side by side: one pass, no allocation.
            var count = 0, previous = false, sideBySide = false
            for word in words {
                let capitalized = isCapitalized(word)
                if capitalized { count += 1; sideBySide = sideBySide || previous }
                previous = capitalized
            }
            guard sideBySide, count * 2 < words.count else { return [] }
            let capitalized = words.map(isCapitalized)
            var starts: Set<Int> = []
            for number in words.indices where capitalized[number] {
                if (number > 0 && capitalized[number - 1]) || (number + 1 < words.count && capitalized[number + 1]) {
                    starts.insert(words[number].start)
                }
            }
            return starts
        }
    }

    /// The UTF-8 ranges of the links in `text`: runs without spaces that hold "://" (so
    /// "http://" and "https://") or start with "www.". One pass over the bytes, no strings.
    static func linkRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            func startsWithWWW(_ start: Int, _ end: Int) -> Bool {
                end - start >= 4 && bytes[start + 3] == UInt8(ascii: ".")
                    && (0..<3).allSatisfy { bytes[start + $0] | 0x20 == UInt8(ascii: "w") }
            }
            var ranges: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                while start < bytes.count, isSpace(bytes[start]) { start += 1 }
                var end = start
                var hasScheme = false
                while end < bytes.count, !isSpace(bytes[end]) {
                    if bytes[end] == UInt8(ascii: ":"), end + 2 < bytes.count, bytes[end + 1] == UInt8(ascii: "/"), bytes[end + 2] == UInt8(ascii: "/") {
                        hasScheme = true
                    }
                    end += 1
                }
                if end > start, hasScheme || startsWithWWW(start, end) { ranges.append(start..<end) }
                start = end
            }
            return ranges
        }
    }

    /// The query's words as typed, stop words kept (see `Query.typedWords`), from each typed
    /// word's surface id: for a query of two words or more.
    private func typedWords(_ surfaceIDs: [Int?]) -> [Int32] {
        guard surfaceIDs.count >= 2 else { return [] }
        var ids: [Int32] = []
        ids.reserveCapacity(surfaceIDs.count)
        for id in surfaceIDs {
            // A word no article has: no label can be the query.
            guard let id else { return [] }
            ids.append(Int32(id))
        }
        return ids
    }

    /// The query's words as the restatement rule reads them (see `Query.restatedWords`), for a
    /// query of two words or more; `matches` are the synonym filter's matches in `typed`'s
    /// words that are not stop words.
    private func restatedWords(_ typed: [AnalyzedWord], surfaceIDs: [Int?], matches: [SynonymFilter.Match]) -> [Int32]? {
        guard typed.count >= 2 else { return nil }
        let readings = index.labels.wordReadings
        var words: [LabelPhrases.RestatedWord] = []
        words.reserveCapacity(typed.count)
        for (word, id) in zip(typed, surfaceIDs) {
            let id = id.map(Int32.init)
            words.append(LabelPhrases.RestatedWord(surface: word.surface, id: id, isStopWord: word.terms.isEmpty,
                                                   reading: LabelPhrases.reading(of: word.surface, id: id, readings: readings)))
        }
        guard LabelPhrases.mayBeRestated(words, spans: matches) else { return nil }
        return LabelPhrases.restatement(of: words, spans: matches, filter: index.synonymFilter)
    }

    /// The query's words besides stop words as a set (see `Query.typedWordSet`): stop words
    /// need not be in any article, the other words must.
    private func typedWordSet(_ typed: [AnalyzedWord], surfaceIDs: [Int?]) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(typed.count)
        for (word, id) in zip(typed, surfaceIDs) where !word.terms.isEmpty {
            guard let id else { return [] }
            ids.append(Int32(id))
        }
        return LabelPhrases.wordSet(ids, surfaces: index.surfaces)
    }

    /// The terms of the words in `span` as typed when one of them is a phrasal verb ("log in",
    /// "get into"): that word's key joined with its particle ("=log in") in place of its stem,
    /// which "log out" has too; nil when none is, or the collection never writes the pair.
    private func phrasalTerms(_ words: [AnalyzedWord], _ span: Range<Int>, particles: [String?]) -> [Int32]? {
        guard span.upperBound <= particles.count, span.contains(where: { particles[$0] != nil }) else { return nil }
        var terms: [Int32] = []
        var phrasal = false
        for position in span {
            let word = words[position]
            if let particle = particles[position], let key = index.synonymFilter.wordKey(ofSurface: word.surface),
               let pair = index.synonymFilter.pairKey(ofWordKey: key, particle: particle),
               let id = index.termID[SynonymFilter.indexTerm(forWordKey: pair)] {
                terms.append(id)
                phrasal = true
            } else {
                for term in word.terms { guard let id = index.termID[term] else { return nil }; terms.append(id) }
            }
        }
        return phrasal ? terms : nil
    }

    /// A phrase as typed (`words`, one term each: `typed`) written with a word's equivalent
    /// ("escribirle al medico" for "escribo a mi doctor", through "medico, doctor"), each way
    /// (at most `SynonymFilter.maxVariants`): an equivalence says the words are one word, so the
    /// phrase written either way is the phrase typed, as a single word's equivalent is the word
    /// typed (kind `equivalent`, weighed as a synonym, counted as typed by the ranking rules).
    private func equivalentPhrases(_ words: ArraySlice<AnalyzedWord>, _ typed: [Int32], found: TermReaders.Found) -> [QueryAlternative] {
        var spellings: [[Int32]] = []
        var variantCount = 1
        for (word, id) in zip(words, typed) {
            var ways = [id]
            for stem in index.synonymFilter.equivalentStems(ofSurface: word.surface) {
                if let other = index.termID(stem, foundIn: found), !ways.contains(other) { ways.append(other) }
            }
            spellings.append(ways)
            variantCount *= ways.count
        }
        guard variantCount > 1 else { return [] }
        var alternatives: [QueryAlternative] = []
        alternatives.reserveCapacity(min(variantCount, SynonymFilter.maxVariants + 1) - 1)
        // Counting in mixed radix over the words' spellings; 0 is the phrase as typed.
        var terms = typed
        for number in 1..<min(variantCount, SynonymFilter.maxVariants + 1) {
            var rest = number
            for (position, ways) in spellings.enumerated() {
                terms[position] = ways[rest % ways.count]
                rest /= ways.count
            }
            // A phrase the articles never write (a pair of it in no article) can match nothing.
            let variant = alternative(.equivalent, ranking.synonymWeight, terms)
            if variant.bigrams.count == terms.count - 1 { alternatives.append(variant) }
        }
        return alternatives
    }

    /// A synonym as an alternative: matched as words (their word keys), and as a phrase
    /// through the stems' bigrams (`SynonymTerms`, resolved when the index was built); nil when
    /// the collection lacks one of its words.
    private func synonymAlternative(_ synonym: SynonymFilter.Alternative, kind: QueryAlternative.Kind, weight: Double) -> QueryAlternative? {
        guard let resolved = index.synonymTerms[synonym.number] else { return nil }
        return QueryAlternative(kind: kind, weight: weight, terms: resolved.terms, bigrams: resolved.bigrams,
                                requiredKeys: resolved.requiredKeys)
    }

    private func alternative(_ kind: QueryAlternative.Kind, _ weight: Double, _ terms: [Int32]) -> QueryAlternative {
        var alternative = QueryAlternative(kind: kind, weight: weight, terms: terms, bigrams: index.bigramID.ids(ofAdjacent: terms))
        alternative.requiredKeys = QueryAlternative.requiredKeys(terms: terms.count, phraseWords: terms.count)
        return alternative
    }

    /// How many articles `alternative` matches, as far as its keys tell. A phrase needs every
    /// key (its terms and each pair of adjacent ones): it is in at most as many articles as its
    /// rarest key, and in none when a pair is in no article (the pair then has no bigram). An
    /// alternative that any one key matches (a compound's parts) is in at least as many as its
    /// most frequent key.
    private func documentFrequency(of alternative: QueryAlternative) -> Int {
        let postings = index.postings, bigramPostings = index.bigramPostings
        if alternative.requiredKeys <= 1 {
            var frequency = 0
            for term in alternative.terms { frequency = max(frequency, postings.documentFrequency(Int(term))) }
            for bigram in alternative.bigrams { frequency = max(frequency, bigramPostings.documentFrequency(Int(bigram))) }
            return frequency
        }
        guard alternative.terms.count + alternative.bigrams.count >= alternative.requiredKeys else { return 0 }
        var frequency = Int.max
        for term in alternative.terms { frequency = min(frequency, postings.documentFrequency(Int(term))) }
        for bigram in alternative.bigrams { frequency = min(frequency, bigramPostings.documentFrequency(Int(bigram))) }
        return frequency == Int.max ? 0 : frequency
    }

    private func idf(_ postings: PostingLists, _ key: Int32) -> Float {
        Float(index.statistics.idf(documentFrequency: postings.documentFrequency(Int(key))))
    }

    /// Gives the clause the statistics of the word as typed and each alternative its scored
    /// keys. The rule (Lucene's SynonymQuery and BlendedTermQuery, Meilisearch's "the word
    /// typed first"): the typed word (and its compound parts) is scored with its own idf; an
    /// expansion (synonym, typo, prefix) with the typed word's idf shared among its terms,
    /// never with its own. A rare expansion ("pinch" for "pin") can then never outscore the word
    /// itself for being rare; it only adds a weaker way to match the same word.
    ///
    /// In a question or pasted text, a word typed in a form that no article has in a title,
    /// alias, error message or heading is incidental: it says how the person put it ("i
    /// *tapped* the link", "still *waiting*"), not what they ask about, so its idf, and that of
    /// each of its expansions, is weighted by `RankingParameters.incidentalWordWeight`. The
    /// labels are the collection's own vocabulary of what articles are about (the key concepts
    /// of a verbose query, as in Bendersky and Croft's work, read from the collection instead of
    /// learned). A lay form whose synonym the labels use ("signup", "landline", "txt") counts
    /// half too, with its synonyms: keeping those at full weight lost on the tune sets. A
    /// keyword query's words are all meant. A pasted text's word outside the sentences that ask
    /// (`isContext`, see `AskingSentences`) is weighted the same way, by
    /// `RankingParameters.contextWordWeight`, and both weights multiply.
    private func weigh(_ clause: inout QueryClause, style: QueryStyle, isContext: Bool) {
        let postings = index.postings, bigramPostings = index.bigramPostings
        let proximity = Float(ranking.proximityWeight)
        let documents = index.statistics.documentCount
        // The word's weight: less outside the sentences that ask, and less for an incidental word.
        clause.isContext = isContext
        var wordWeight: Float = isContext ? Float(ranking.contextWordWeight) : 1
        // Read in place: copying an alternative out would retain and release each of its lists.
        if let exact = clause.alternatives.firstIndex(where: { $0.kind == .exact }) {
            var termIDF: Float = 0, bigramIDF: Float = 0
            var allSiteName = true
            for term in clause.alternatives[exact].terms {
                termIDF += idf(postings, term)
                allSiteName = allSiteName && siteNameTerms.contains(term)
            }
            for bigram in clause.alternatives[exact].bigrams { bigramIDF += idf(bigramPostings, bigram) * proximity }
            // A phrase ("call the office") is as common as the articles that hold it, not as each of its words.
            let frequency = documentFrequency(of: clause.alternatives[exact])
            clause.isIncidental = style != .keywords && !clause.alternatives[exact].terms.contains { index.labelledTerms[Int($0)] }
            if clause.isIncidental { wordWeight *= Float(ranking.incidentalWordWeight) }
            clause.referenceIDF = (termIDF + bigramIDF) * wordWeight
            clause.isCommon = (documents >= 8 && frequency * 2 > documents) || allSiteName
        } else {
            // Lucene's blended document frequency: that of the most frequent alternative (a
            // phrase's as a phrase, "patient portal" for "patientportal", not its commonest word's).
            var blended = 0
            for alternative in clause.alternatives.indices {
                blended = max(blended, documentFrequency(of: clause.alternatives[alternative]))
            }
            clause.referenceIDF = Float(index.statistics.idf(documentFrequency: blended)) * wordWeight
        }
        for number in clause.alternatives.indices {
            let kind = clause.alternatives[number].kind
            let typed = kind == .exact || kind == .compoundParts
            let share = clause.referenceIDF / Float(clause.alternatives[number].terms.count)
            var keys: [ScoredKey] = []
            keys.reserveCapacity(clause.alternatives[number].terms.count + clause.alternatives[number].bigrams.count)
            for term in clause.alternatives[number].terms {
                keys.append(ScoredKey(isBigram: false, key: term, idf: typed ? idf(postings, term) * wordWeight : share))
            }
            for bigram in clause.alternatives[number].bigrams {
                keys.append(ScoredKey(isBigram: true, key: bigram,
                                      idf: typed ? idf(bigramPostings, bigram) * proximity * wordWeight : share * proximity))
            }
            clause.alternatives[number].keys = keys
        }
    }

    /// The phrase rule's phrase: the words in quotes when there are any (matched anywhere),
    /// else, for a typed query of two words or more, the whole query (matched in labels).
    /// A misspelled word counts as its closest correction (`corrections`, by where the word starts).
    private func phrase(quoted: [Range<Int>], words: [AnalyzedWord], corrections: [Int: Int], style: QueryStyle) -> QueryPhrase? {
        func corrected(_ word: AnalyzedWord) -> Int32? { corrections[word.start].map { index.surfaces.term[$0] } }
        if quoted.isEmpty && (!style.isTyped || words.count < 2) { return nil }
        var pairs: [(Int32, Int32)] = []
        pairs.reserveCapacity(words.count - 1)
        var missing = false
        for number in words.indices.dropFirst() {
            let previous = words[number - 1], word = words[number]
            if !quoted.isEmpty, !quoted.contains(where: { $0.contains(previous.start) && $0.contains(word.start) }) { continue }
            guard let first = previous.terms.last.flatMap({ index.termID[$0] }) ?? corrected(previous),
                  let second = word.terms.first.flatMap({ index.termID[$0] }) ?? corrected(word) else { missing = true; continue }
            pairs.append((first, second))
        }
        guard !pairs.isEmpty || missing else { return nil }
        var bigrams: [Int32] = []
        bigrams.reserveCapacity(pairs.count)
        for (first, second) in pairs {
            guard let bigram = index.bigramID.find(first, second) else { missing = true; continue }
            bigrams.append(Int32(bigram))
        }
        // A pair the collection never has: no article holds the phrase.
        return QueryPhrase(bigrams: missing ? [] : bigrams, quoted: !quoted.isEmpty)
    }

    /// Whether a typed word whose stem the index has is also a word people wrote: its surface
    /// form is in the collection, or another form of the same word is ("blocked" of "block",
    /// "tried" of "try", "result" of "results"). Otherwise the stem may be the stemmer's
    /// accident, a misspelling cut down to another word's stem ("registring" to "registr", the
    /// stem of "registration"), and the word gets typo corrections ("registering") besides its
    /// stem, which still ranks first as the word typed. Where the analyzer knows no
    /// inflections (Spanish), the stem decides.
    static func isWritten(_ surface: String, in surfaces: SurfaceDictionary, inflectionFamily: ((String) -> [String])?) -> Bool {
        guard let family = inflectionFamily else { return true }
        return surfaces.find(surface) != nil || family(surface).contains { surfaces.find($0) != nil }
    }

    /// UTF-8 offset ranges of the text between pairs of double quotes (straight or curly).
    static func quotedRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        // Read in UTF-8: a straight quote is one byte, a curly one (U+201C, U+201D) the three
        // bytes E2 80 9C or E2 80 9D, which no other character's bytes contain.
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let length: Int
                if bytes[offset] == UInt8(ascii: "\"") {
                    length = 1
                } else if bytes[offset] == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
                          bytes[offset + 2] == 0x9C || bytes[offset + 2] == 0x9D {
                    length = 3
                } else {
                    offset += 1
                    continue
                }
                if let start = open { ranges.append(start..<offset); open = nil } else { open = offset + length }
                offset += length
            }
        }
        return ranges
    }
}
