import Synchronization

/// Keeps a word the help center does not know out of the search log until `threshold`
/// different clients of this process have used it; until then the log holds `[word]` in its place.
///
/// The redactor finds values by their shape and context, but a name typed in lowercase
/// ("this is maria lopez"), a username or a password typed bare looks like any word no
/// article writes. Content gaps need those words ("telehealth"), and a gap is a word many
/// people type, while a name, a username or a password is typed by one: a word is kept once
/// `threshold` clients have used it (k-anonymity with k = `threshold`). A client is the
/// request's address (`AppRequestContext.clientKey`, the forwarded one behind a trusted
/// proxy), so a patient who sends their name again and again is still one client; people
/// behind one address (an office) count as one too. Words and clients are kept as hashes
/// seeded at random for each process, never as text, for at most `capacity` words; when that
/// is full, the words still below the threshold are forgotten (and every word, when those at
/// the threshold fill more than half of it). Each replica counts its own clients, and a
/// restart starts again.
final class UnknownWordGate: Sendable {
    /// Stands for a withheld word in the kept text.
    static let placeholder = "[word]"
    static let defaultThreshold = 5
    static let defaultCapacity = 10_000

    /// Who sent a text: the hash of the request's client address, never the address.
    struct Client: Hashable, Sendable {
        let key: Int
        init(address: String) { key = address.hashValue }
    }

    /// Different clients that must use a word before it is kept; 1 keeps every word.
    let threshold: Int
    let capacity: Int
    /// For each word's hash, the clients that used it, up to `threshold` of them.
    private let clients = Mutex<[Int: [Client]]>([:])

    init(threshold: Int = UnknownWordGate.defaultThreshold, capacity: Int = UnknownWordGate.defaultCapacity) {
        precondition(threshold >= 1 && capacity >= 1, "an unknown word gate needs a threshold and a capacity of 1 or more")
        self.threshold = threshold
        self.capacity = capacity
    }

    /// The text and words the log keeps of `logged`, sent by `client`: its unknown words
    /// withheld until enough clients have used them. Each call counts `client`'s use of them.
    func kept(_ logged: LoggedText, from client: Client) -> (text: String, words: String) {
        logged.keeping(allBut: withheld(logged, from: client))
    }

    /// The unknown words of `logged` that the log may not keep yet, counting `client`'s use
    /// of each: those that fewer than `threshold` clients have used, `client` included.
    private func withheld(_ logged: LoggedText, from client: Client) -> [LoggedText.UnknownWord] {
        guard threshold > 1, !logged.unknownWords.isEmpty else { return [] }
        let keys = logged.unknownWords.map { $0.surface.hashValue }
        let isWithheld: [Bool] = clients.withLock { clients in
            if clients.count + keys.count(where: { clients[$0] == nil }) > capacity {
                clients = clients.filter { $0.value.count >= threshold }
                // Each scan frees at least half the room, or nothing is kept: a scan per search never happens.
                if clients.count > capacity / 2 { clients.removeAll(keepingCapacity: true) }
            }
            for key in keys {
                clients[key, default: []].appendIfNew(client, upTo: threshold)
            }
            return keys.map { clients[$0, default: []].count < threshold }
        }
        return zip(logged.unknownWords, isWithheld).compactMap { $1 ? $0 : nil }
    }
}

extension Array where Element == UnknownWordGate.Client {
    /// Adds `client` unless it is there already or `limit` clients are.
    fileprivate mutating func appendIfNew(_ client: Element, upTo limit: Int) {
        if count < limit, !contains(client) { append(client) }
    }
}
