import Testing
import TestSupport
@testable import KnowledgeBase

/// `ByteStringInterner` numbers words in the order they come and answers as a dictionary would,
/// whether built word by word (the index builder) or at once (the Diagnoser's tables).
@Suite struct ByteStringInternerTests {
    /// Words from a small alphabet, so that many repeat and many are near misses: mostly of 1 to
    /// 12 letters, some up to 40 (the hash reads 8 bytes at a time).
    static func randomWord(_ generator: inout SeededGenerator) -> [UInt8] {
        let alphabet = Array("abcdeilnorst01".utf8)
        let length = Int.random(in: 0..<10, using: &generator) == 0 ? Int.random(in: 0...40, using: &generator)
                                                                    : Int.random(in: 1...12, using: &generator)
        return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
    }

    @Test func everyByteOfAWordCountsInItsHash() {
        // The hash reads short words in two overlapping halves and long ones in 8-byte steps
        // with an overlapping last step: a byte left unread would make words collide.
        for length in 1...40 {
            let word = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            let hash = word.withUnsafeBufferPointer { ByteStringInterner.hash($0) }
            for position in 0..<length {
                var changed = word
                changed[position] ^= 0x20
                #expect(changed.withUnsafeBufferPointer { ByteStringInterner.hash($0) } != hash, "length \(length), byte \(position)")
            }
        }
    }

    @Test func answersAsADictionary() {
        var generator = SeededGenerator(state: 30)
        var dictionary: [[UInt8]: Int] = [:]
        var order: [[UInt8]] = []
        for _ in 0..<1_500 {
            let word = Self.randomWord(&generator)
            if dictionary[word] == nil { dictionary[word] = order.count; order.append(word) }
        }
        let table = ByteStringInterner(order)
        #expect(table.count == dictionary.count)
        var found = 0
        for _ in 0..<5_000 {
            let word = Self.randomWord(&generator)
            #expect(table.id(of: word) == dictionary[word], "\(word)")
            #expect(table.id(of: word[...]) == table.id(of: word))
            if dictionary[word] != nil { found += 1 }
        }
        #expect(found > 500)  // both kinds of answer are compared
        for (word, id) in dictionary {
            #expect(table.id(of: word) == id)
            #expect(table.withKey(id) { Array($0) } == word)
        }
        // A slice in the middle of a longer array is looked up by its bytes alone.
        let long = Array("xxpasswordyy".utf8)
        #expect(ByteStringInterner([Array("password".utf8)]).id(of: long[2..<10]) == 0)
        #expect(ByteStringInterner([[UInt8]()]).id(of: [UInt8]()) == 0)
        #expect(ByteStringInterner().id(of: Array("a".utf8)) == nil)
    }

    @Test func internsInOrderAndKeepsIdsAsItGrows() {
        var generator = SeededGenerator(state: 31)
        var table = ByteStringInterner(capacity: 4)  // grows several times below
        var dictionary: [[UInt8]: Int] = [:]
        for _ in 0..<3_000 {
            let word = Self.randomWord(&generator)
            let interned = word.withUnsafeBufferPointer { table.intern($0) }
            #expect(interned.isNew == (dictionary[word] == nil), "\(word)")
            if interned.isNew { dictionary[word] = dictionary.count }
            #expect(interned.id == dictionary[word])
        }
        #expect(table.count == dictionary.count)
        #expect(dictionary.count > 1_000)
        for (word, id) in dictionary { #expect(table.id(of: word) == id) }
    }

    @Test func aWordGivenAgainKeepsItsFirstId() {
        let table = ByteStringInterner(["pin", "code", "pin", "date"].map { Array($0.utf8) })
        #expect(table.count == 3)
        #expect(table.id(of: Array("pin".utf8)) == 0)
        #expect(table.id(of: Array("date".utf8)) == 2)
    }
}
