extension SynonymTable {
    /// What patients and agents of a patient portal commonly say for the same thing; used
    /// when a content folder has no `synonyms.txt`, and extended by one when it has.
    public static let builtIn: SynonymTable = {
        let text = """
        dob, date of birth, birthday, birthdate, birth date
        sign in, log in, login, signin, logon, log on, logging in, signing in
        sign out, log out, logout, signout, log off, logoff
        sign up, register, registration, enroll, enrollment
        username, user name, user id, userid, login name
        security code, verification code, text code, sms code, one time code, confirmation code
        ie, internet explorer
        appt, appointment
        doctor, provider, office, practice, physician, dr, clinic
        phone, cell, mobile, telephone, cellphone, cell phone, phone number
        pin, personal identification number
        email, e-mail, mail
        password, pwd, passcode
        message, messaging, inbox
        invitation, invite
        cache, cookies, browsing data, temporary files
        not working, broken, does not work, fails
        website, site, web site, portal
        records, health records, medical records, chart
        reminder, notification, alert
        expired, timed out, no longer valid
        tz => time zone
        pw => password
        acct => account
        msg => message
        pt, pts => patient
        """
        // The built-in list is static text; a parse failure would be a programming error.
        return (try? SynonymTable(parsing: text)) ?? SynonymTable()
    }()
}
