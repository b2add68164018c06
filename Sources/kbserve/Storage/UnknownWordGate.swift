import Synchronization

/// Keeps a word the help center does not know out of the search log until `threshold`
/// searches of this process have used it; until then the log holds `[word]` in its place.
///
/// The redactor finds values by their shape and context, but a name typed in lowercase
/// ("this is maria lopez"), a username or a password typed bare looks like any word no
/// article writes. Content gaps need those words ("telehealth"), and a gap is a word many
/// people type, while a name, a username or a password is typed by one: a word is kept once
/// `threshold` searches have used it (k-anonymity with k = `threshold`). Words are counted
/// under a hash seeded at random for each process, never as text, at most `capacity` of
/// them; when that is full, the words still below the threshold are forgotten (and every word,
/// when those at the threshold fill more than half of it). Each replica
/// counts its own searches, and a restart starts again.
final class UnknownWordGate: Sendable {
    /// Stands for a withheld word in the kept text.
    static let placeholder = "[word]"
    static let defaultThreshold = 5
    static let defaultCapacity = 10_000

    /// Searches that must use a word before it is kept; 1 keeps every word.
    let threshold: Int
    let capacity: Int
    private let counts = Mutex<[Int: Int]>([:])

    init(threshold: Int = UnknownWordGate.defaultThreshold, capacity: Int = UnknownWordGate.defaultCapacity) {
        precondition(threshold >= 1 && capacity >= 1, "an unknown word gate needs a threshold and a capacity of 1 or more")
        self.threshold = threshold
        self.capacity = capacity
    }

    /// The text and words the log keeps of `logged`: its unknown words withheld until enough
    /// searches have used them. Each call counts one use of them.
    func kept(_ logged: LoggedText) -> (text: String, words: String) {
        logged.keeping(allBut: withheld(logged))
    }

    /// The unknown words of `logged` that the log may not keep yet, counting this search's use
    /// of each (once per search, however often it repeats one): those that fewer than
    /// `threshold` searches have used, this one included.
    func withheld(_ logged: LoggedText) -> [LoggedText.UnknownWord] {
        guard threshold > 1, !logged.unknownWords.isEmpty else { return [] }
        let keys = logged.unknownWords.map { $0.surface.hashValue }
        let isWithheld: [Bool] = counts.withLock { counts in
            if counts.count + keys.count(where: { counts[$0] == nil }) > capacity {
                counts = counts.filter { $0.value >= threshold }
                // Each scan frees at least half the room, or nothing is kept: a scan per search never happens.
                if counts.count > capacity / 2 { counts.removeAll(keepingCapacity: true) }
            }
            for (position, key) in keys.enumerated() where !keys[..<position].contains(key) { counts[key, default: 0] += 1 }
            return keys.map { counts[$0, default: 0] < threshold }
        }
        return zip(logged.unknownWords, isWithheld).compactMap { $1 ? $0 : nil }
    }
}
