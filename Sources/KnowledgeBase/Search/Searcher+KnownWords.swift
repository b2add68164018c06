extension Searcher {
    /// How many of `text`'s words, stop words included, some article of the collection is written with.
    func writtenWordCount(_ text: String) -> Int {
        index.analyzeWords(text, keepsStopWords: true).reduce(0) { $0 + (index.surfaces.find($1.surface) == nil ? 0 : 1) }
    }

    /// Whether every word of `text`, stop words included, is one the help center knows: written
    /// in an article, or named by a synonym ("ie11"). A word it does not know may be a person's
    /// name, a username or a password typed bare ("this is maria lopez", "username jsmithx
    /// taken"), which no rule of the redactor can tell from a misspelling.
    public func knowsEveryWord(of text: String) -> Bool {
        index.analyzeWords(text, keepsStopWords: true).allSatisfy {
            index.surfaces.find($0.surface) != nil || index.synonymFilter.wordKey(ofSurface: $0.surface) != nil
        }
    }
}
