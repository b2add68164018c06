import Testing
@testable import KnowledgeBase
import TestSupport

/// Patients read the help center on a phone, under stress: the articles must stay at about
/// grade 8 or lower (Flesch-Kincaid), measured over each article's plain text. Guides for
/// office staff (`audience: staff`) are exempt.
@Suite struct ReadabilityTests {
    /// The average grade the brief asks for.
    static let averageCeiling = 8.0
    /// No single article above this: the highest measured was 4.7 (2026-11-26), 5.7 with the
    /// how-to articles (link-records-one-account, 2026-12-01); the
    /// margin allows edits, a jump past it means a hard-to-read article slipped in.
    static let articleCeiling = 7.0

    @Test func syllableHeuristicCountsCommonWords() {
        let expected: [(Substring, Int)] = [
            ("the", 1), ("code", 1), ("saved", 1), ("needed", 2), ("simple", 2), ("pages", 2),
            ("types", 1), ("portal", 2), ("security", 4), ("invitation", 4), ("registration", 4),
            ("birthday", 2), ("password", 2), ("browser", 2), ("phone", 1), ("appointment", 3),
        ]
        for (word, syllables) in expected {
            #expect(FleschKincaid.syllables(in: word) == syllables, "\(word)")
        }
    }

    @Test func gradeFollowsTheFormula() {
        // 2 sentences, 8 words, 8 syllables: 0.39 × 4 + 11.8 × 1 − 15.59 = −2.23
        let easy = FleschKincaid("The cat sat. The dog ran far away.")
        #expect(easy.sentences == 2 && easy.words == 8)
        #expect(abs(easy.grade - (0.39 * 4 + 11.8 * Double(easy.syllables) / 8 - 15.59)) < 1e-9)
        let hard = FleschKincaid(
            "Administrative authentication configuration necessitates comprehensive organizational documentation")
        #expect(hard.grade > 12)
        #expect(FleschKincaid("One.\nTwo three.\n- Four").sentences == 3)
    }

    @Test func articlesReadAtGradeEightOrLower() throws {
        let kb = try ContentFixture.knowledgeBase()
        try #require(!kb.articles.isEmpty)
        var grades: [(id: String, grade: Double, words: Int)] = []
        for article in kb.articles(visibleTo: .patient) {
            let score = FleschKincaid(article.plainText)
            #expect(score.words > 100, "\(article.id): only \(score.words) words of text")
            grades.append((article.id.rawValue, score.grade, score.words))
        }
        let average = grades.map(\.grade).reduce(0, +) / Double(grades.count)
        let hardest = try #require(grades.max { $0.grade < $1.grade })
        for entry in grades.sorted(by: { $0.grade > $1.grade }) {
            print("readability \(entry.id): grade \(String(format: "%.1f", entry.grade)) (\(entry.words) words)")
        }
        print("readability: average grade \(String(format: "%.2f", average)), highest \(hardest.id) \(String(format: "%.2f", hardest.grade))")
        #expect(average <= Self.averageCeiling)
        for entry in grades {
            #expect(entry.grade <= Self.articleCeiling, "\(entry.id): grade \(entry.grade)")
        }
    }

    @Test func spanishSyllablesFollowDiphthongsAndHiatus() {
        let expected: [(Substring, Int)] = [
            ("código", 3), ("contraseña", 4), ("cita", 2), ("correo", 3), ("leer", 2), ("día", 2), ("paciente", 3),
            ("que", 1), ("guía", 2), ("hoy", 1), ("portal", 2), ("médico", 3), ("aplicación", 4),
        ]
        for (word, syllables) in expected {
            #expect(FernandezHuerta.syllables(in: word) == syllables, "\(word)")
        }
        // 2 sentences, 6 words, 11 syllables: 206.84 − 0.60 × 183.3 − 1.02 × 33.3 = 63.8
        let ease = FernandezHuerta("El código llegó. Escriba los dígitos.")
        #expect(ease.sentences == 2 && ease.words == 6)
        #expect(abs(ease.readingEase - (206.84 - 0.60 * Double(ease.syllables) * 100 / 6 - 1.02 * 2 * 100 / 6)) < 1e-9)
    }

    /// The Spanish translations read easily (Fernández-Huerta 70 and above on average; no
    /// patient article below 60, "standard").
    @Test func spanishArticlesReadEasily() throws {
        let validation = try ContentFixture.spanishKnowledgeBase()
        var scores: [(id: String, ease: Double)] = []
        for article in validation.articles(visibleTo: .patient) {
            scores.append((article.id.rawValue, FernandezHuerta(article.plainText).readingEase))
        }
        try #require(scores.count >= 35)
        let average = scores.map(\.ease).reduce(0, +) / Double(scores.count)
        let hardest = try #require(scores.min { $0.ease < $1.ease })
        print("readability (es): average Fernández-Huerta \(String(format: "%.1f", average)), lowest \(hardest.id) \(String(format: "%.1f", hardest.ease))")
        #expect(average >= 70)
        for entry in scores { #expect(entry.ease >= 60, "\(entry.id): \(entry.ease)") }
    }
}

