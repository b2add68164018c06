/// Whether a text speaks as the doctor's office: in a staff search, a staff member who writes
/// "we", "our" or "us" ("what do we do", "our booking link", "the pt asked us"), or "I", "me"
/// or "my" ("where do I approve it", "can I edit her profile", "my online booking page"), asks
/// what the office, or they themselves, do, which the staff guides answer. A staff note that
/// only reports the patient's trouble ("pt dob rejected, typed dd/mm") wants the patient
/// article to send as often as a guide, so without such a word nothing is read into who is
/// asking. Spanish has the plural forms ("nosotros", "nuestro", "nos"); its notes put the
/// first person singular in the verb's ending ("¿qué le digo?"), which a list of words cannot
/// read. Both analyzers drop these words as stop words, so they are read here, from the text.
enum OfficeVoice {
    static let words: Set<String> = [
        "we", "our", "ours", "us", "we're", "we've", "we'll", "we'd", "ourselves",
        "i", "me", "my", "mine", "myself", "i'm", "im", "i've", "ive", "i'll", "i'd",
        "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras", "nos",
    ]

    /// Whether `text` has one of `words` as a word of its own, read as the analyzers read
    /// words (their surface forms: any case, accents folded, a curly apostrophe as a straight one).
    static func speaks(in text: String) -> Bool {
        Analyzer.standard.surfaceWords(text).contains { words.contains($0) }
    }
}
