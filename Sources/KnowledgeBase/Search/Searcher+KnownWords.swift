extension Searcher {
    /// How many of `text`'s words, stop words included, some article of the collection is written with.
    func writtenWordCount(_ text: String) -> Int {
        index.analyzeWords(text, keepsStopWords: true).reduce(0) { $0 + (index.surfaces.find($1.surface) == nil ? 0 : 1) }
    }

    /// Whether the help center knows `word`: written in an article, named by a synonym
    /// ("ie11"), or a word the analyzer stops (a function or courtesy word of the language,
    /// "would", "he", "thanks", or a lone digit), which says nothing of who typed it. A word it
    /// does not know may be a person's name, a username or a password typed bare ("this is
    /// maria lopez", "username jsmithx taken"), which no rule of the redactor can tell from a
    /// misspelling.
    public func knows(_ word: AnalyzedWord) -> Bool {
        (word.terms.isEmpty && word.parts.isEmpty) || index.surfaces.find(word.surface) != nil
            || index.synonymFilter.names(word.surface)
    }

    /// Where `text` has words, stop words included, that the help center knows (`knows`):
    /// their UTF-8 offsets.
    public func knownWordRanges(of text: String) -> Set<Range<Int>> {
        Set(index.analyzeWords(text, keepsStopWords: true).lazy.filter(knows).map { $0.start..<$0.end })
    }
}
