import Testing
@testable import KnowledgeBase
@Test func placeholderKnowledgeBase() { #expect(Bool(true)) }
