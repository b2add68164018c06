extension LabelPhrases {
    /// One word of a text as the restatement rule reads it.
    struct RestatedWord {
        /// Its surface form.
        var surface: String
        /// Its id in the index's `SurfaceDictionary`; nil for a word no article has.
        var id: Int32?
        var isStopWord: Bool
        /// How it reads outside a synonym phrase (`reading(of:id:readings:)`).
        var reading: Int32
    }

    /// The words of a label or of a query as the restatement rule compares them: a text that
    /// differs from a label only by synonyms of one rule, as a rule writes them ("do i have to
    /// register" and the heading "Do you have to sign up?"), or by the person ("I", "my" for
    /// the articles' "you", "your") says what the label says. Each synonym phrase is its class
    /// (`SynonymFilter.phraseClass`; the stop words inside it, and a stop word a rule writes at
    /// a phrase's edge right beside it, left out), each first- or second-person word its
    /// person, every other word its surface id; nil when a word is in no article (no label can
    /// say it).
    ///
    /// `words` are the text's words, stop words kept, and `spans` the synonym filter's matches
    /// in those that are not stop words (`SynonymFilter.matches`).
    static func restatement(of words: [RestatedWord], spans: [SynonymFilter.Match], filter: SynonymFilter) -> [Int32]? {
        let count = words.count
        guard count > 0 else { return nil }
        var meaningful: [Int] = []
        meaningful.reserveCapacity(count)
        for index in words.indices where !words[index].isStopWord { meaningful.append(index) }
        var spans = spans[...]
        var key: [Int32] = []
        key.reserveCapacity(count)
        // A stop word a rule writes at the edge of a phrase, right before or after a synonym
        // phrase, is part of how it is written ("sign in", "log on", "in use"; the rules'
        // phrases lose their stop words): left out.
        var lastIsEdgeStopWord = false
        func appendPhrase(_ element: Int32, next: inout Int) {
            if lastIsEdgeStopWord { key.removeLast() }
            key.append(element)
            if next < count, words[next].isStopWord, filter.isPhraseEdgeStopWord(words[next].surface) { next += 1 }
            lastIsEdgeStopWord = false
        }
        var position = 0
        while position < count {
            // A synonym phrase starting here (its range counts the words that are not stop words).
            if let span = spans.first, meaningful[span.range.lowerBound] == position {
                spans = spans.dropFirst()
                let end = meaningful[span.range.upperBound - 1] + 1
                if let phraseClass = filter.phraseClass(of: span, writtenAs: span.range.map { words[meaningful[$0]].surface }) {
                    position = end
                    appendPhrase(Self.classID(phraseClass), next: &position)
                    continue
                }
            }
            let word = words[position]
            if Self.isPerson(word.reading) {
                key.append(word.reading)
                lastIsEdgeStopWord = false
            } else if word.reading != 0, !word.isStopWord {
                // A one-word phrase that is only a rule's target ("taken", "support").
                position += 1
                appendPhrase(word.reading, next: &position)
                continue
            } else if let id = word.id {
                key.append(id)
                lastIsEdgeStopWord = word.isStopWord && filter.isPhraseEdgeStopWord(word.surface)
            } else {
                return nil
            }
            position += 1
        }
        return key
    }

    /// How the restatement rule reads a word outside a synonym phrase: its person, the class of
    /// a one-word phrase that is only a rule's target, or 0 (by its surface id). `readings`
    /// are the index's `wordReadings`; a word no article has can still be "I" or "my".
    static func reading(of surface: String, id: Int32?, readings: [Int32]) -> Int32 {
        if let id { return readings[Int(id)] }
        return persons[surface] ?? 0
    }

    /// Per surface id of `surfaces`: how the restatement rule reads the word when no synonym
    /// phrase covers it (see `reading(of:id:readings:)`). Built from the few such words, not
    /// from every word.
    static func wordReadings(_ surfaces: SurfaceDictionary, filter: SynonymFilter) -> [Int32] {
        var readings = [Int32](repeating: 0, count: surfaces.count)
        for (word, phraseClass) in filter.targetWords { if let id = surfaces.find(word) { readings[id] = classID(phraseClass) } }
        for (word, person) in persons { if let id = surfaces.find(word) { readings[id] = person } }
        return readings
    }

    /// Whether a text with these synonym matches has a word the restatement rule reads
    /// otherwise than by its surface id: only then can its restatement differ from its words.
    static func mayBeRestated(_ words: [RestatedWord], spans: [SynonymFilter.Match]) -> Bool {
        !spans.isEmpty || words.contains { $0.reading != 0 }
    }

    private static func isPerson(_ reading: Int32) -> Bool { reading < 0 && reading > -100 }

    /// Whether a key element is a synonym class (`classID`).
    static func isClass(_ element: Int32) -> Bool { element <= -100 }

    /// A synonym class as a key element: below every person and every surface id.
    private static func classID(_ phraseClass: Int) -> Int32 { -100 - Int32(phraseClass) }

    /// The first and second person, as one key element each: the asker's "I" is the articles' "you".
    private static let persons: [String: Int32] = [
        "i": -1, "me": -1, "you": -1,
        "my": -2, "your": -2,
        "mine": -3, "yours": -3,
        "myself": -4, "yourself": -4,
        "i'm": -5, "im": -5, "you're": -5, "youre": -5,
        "i've": -6, "ive": -6, "you've": -6,
        "i'll": -7, "you'll": -7,
        "i'd": -8, "you'd": -8,
    ]
}
