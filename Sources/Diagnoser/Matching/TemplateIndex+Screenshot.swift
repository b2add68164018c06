extension TemplateIndex {
    /// `l` for the letters and digits text recognition confuses with l (i, 1, |), `o` for 0.
    static func lookAlikeKey(_ word: [UInt8]) -> [UInt8] {
        word.map(lookAlikeFolded)
    }

    static func lookAlikeFolded(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "1"), UInt8(ascii: "|"): return UInt8(ascii: "l")
        case UInt8(ascii: "0"): return UInt8(ascii: "o")
        default: return byte
        }
    }

    /// Tokens as text recognition should have read them, against the templates' own words: a word
    /// with look-alike characters (`lnvalid`, `c0de`) becomes the template word; a word split by a
    /// stray space or line break (`va lid`) is joined; words run together (`usernamehas`) are
    /// split into template words. Tokens the templates know, or that none of this explains, stay.
    /// `origins` gives, per token read, the places in `tokens` it was read from.
    func readable(_ tokens: [MessageToken]) -> (tokens: [MessageToken], origins: [Range<Int>]) {
        var result: [MessageToken] = []
        var origins: [Range<Int>] = []
        result.reserveCapacity(tokens.count)
        origins.reserveCapacity(tokens.count)
        func append(_ token: MessageToken, from origin: Int, count: Int = 1) {
            result.append(token)
            origins.append(origin..<(origin + count))
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word, !knows(token) else { append(token, from: index); index += 1; continue }
            if let word = lookAlike(token.text) {
                append(MessageToken(text: word, language: tokenizer.language), from: index); index += 1; continue
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, !knows(tokens[index + 1]) || token.text.count <= 3,
               mayBeWord(joining: token.text, tokens[index + 1].text) {
                let joined = token.text + tokens[index + 1].text
                if let word = wordTable.id(of: joined) != nil ? joined : lookAlikes[Self.lookAlikeKey(joined)], word.count >= 4 {
                    append(MessageToken(text: word, language: tokenizer.language), from: index, count: 2); index += 2; continue
                }
            }
            if let pieces = segmented(token.text) {
                for piece in pieces { append(MessageToken(text: piece, language: tokenizer.language), from: index) }
                index += 1
                continue
            }
            append(token, from: index)
            index += 1
        }
        return (result, origins)
    }

    private func knows(_ token: MessageToken) -> Bool {
        knownStem(token) != nil || wordTable.id(of: token.text) != nil
    }

    /// The template word `text` reads as with look-alike characters, asking the dictionary only
    /// when the filter says it may be there.
    private func lookAlike(_ text: [UInt8]) -> [UInt8]? {
        lookAlikeFilter.mayContain(hash: Self.lookAlikeHash(text[...])) ? lookAlikes[Self.lookAlikeKey(text)] : nil
    }

    /// Whether two words written together may be a template word, as written or with look-alike
    /// characters (false: certainly not), without joining them.
    private func mayBeWord(joining first: [UInt8], _ second: [UInt8]) -> Bool {
        wordFilter.mayContain(hash: WordFilter.hash(second[...], from: WordFilter.hash(first[...])))
            || lookAlikeFilter.mayContain(hash: second.reduce(Self.lookAlikeHash(first[...]), Self.lookAlikeHash))
    }

    /// The fewest template words (2 letters or more, one of them 4 or more) that spell `word`, or nil.
    /// Among spellings with as few pieces, the one whose pieces end as short as possible from the right.
    func segmented(_ word: [UInt8]) -> [[UInt8]]? {
        let count = word.count
        guard count >= 5, count <= 40 else { return nil }
        // best[i]: fewest pieces spelling word[0..<i], and where the last piece starts. Filled
        // forward: from each reachable start, the pieces that begin there, their hash grown a
        // byte at a time. Ties go to the latest start (the shortest last piece). On the stack: most
        // words read here are no run of template words, and allocating for them cost more than the search.
        return withUnsafeTemporaryAllocation(of: (pieces: Int, from: Int).self, capacity: count + 1) { best -> [[UInt8]]? in
            best.initialize(repeating: (Int.max, -1))
            best[0] = (0, 0)
            for start in 0..<(count - 1) where best[start].pieces != Int.max {
                let last = min(count, start + longestWord)
                guard last >= start + 2 else { continue }
                var hash = Self.lookAlikeHash(Self.lookAlikeHashSeed, word[start])
                for end in (start + 2)...last {
                    hash = Self.lookAlikeHash(hash, word[end - 1])
                    guard best[start].pieces + 1 <= best[end].pieces, piece(word[start..<end], hash: hash) != nil else { continue }
                    best[end] = (best[start].pieces + 1, start)
                }
            }
            guard best[count].pieces >= 2, best[count].pieces != Int.max else { return nil }
            var pieces: [[UInt8]] = []
            var end = count
            while end > 0 {
                let start = best[end].from
                guard let found = piece(word[start..<end]) else { return nil }
                pieces.append(found)
                end = start
            }
            guard pieces.contains(where: { $0.count >= 4 }) else { return nil }
            return pieces.reversed()
        }
    }

    /// The template word a piece of text reads as (look-alike characters allowed), or nil.
    private func piece(_ slice: ArraySlice<UInt8>, hash: UInt64? = nil) -> [UInt8]? {
        let hash = hash ?? Self.lookAlikeHash(slice)
        guard lookAlikeFilter.mayContain(hash: hash), let word = lookAlikeHashes[hash], word.count == slice.count,
              zip(word, slice).allSatisfy({ Self.lookAlikeFolded($0) == Self.lookAlikeFolded($1) }) else { return nil }
        return word
    }

    static let lookAlikeHashSeed = WordFilter.seed

    /// FNV-1a over the look-alike key of `bytes`.
    static func lookAlikeHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(lookAlikeHashSeed, lookAlikeHash)
    }

    /// One more byte into an FNV-1a hash of a look-alike key.
    static func lookAlikeHash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(lookAlikeFolded(byte))) &* 0x100000001b3
    }
}
