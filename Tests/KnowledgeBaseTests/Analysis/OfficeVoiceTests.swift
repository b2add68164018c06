import Testing
@testable import KnowledgeBase

/// A text speaks as the office when it has "we", "our" or "us" (or their Spanish forms), or
/// "I", "me" or "my", as words of their own.
@Suite struct OfficeVoiceTests {
    @Test(arguments: [
        "pt clicked old invite link, what do we do",
        "pt getting an error on our online booking link",
        "pt asking us to email him his code",
        "We're re-sending the invite, which PIN is valid?",
        "We’ve corrected the email, pt still gets nothing",
        "¿qué hacemos? el paciente dice que nuestro enlace no sirve",
        "el paciente nos pide el código por correo",
        "pt lost the PIN slip, where do I look it up",
        "can i change the pt's email myself?",
        "I’m at the front desk and a pt can't finish signing up",
        "what should i tell her about the 404",
        "pt wants my help with the booking page",
    ])
    func aStaffMemberSpeakingAsTheOfficeIsHeard(text: String) {
        #expect(OfficeVoice.speaks(in: text))
    }

    @Test(arguments: [
        "pt dob rejected, typed dd/mm",
        "user cannot use the house phone",
        "nose bleed? trust the business hours",
        "pt says the wesite is down",
        "pt ipad shows no menu, item missing",
        "imaging results not in portal",
        "",
    ])
    func otherWordsAreNot(text: String) {
        #expect(!OfficeVoice.speaks(in: text))
    }
}
