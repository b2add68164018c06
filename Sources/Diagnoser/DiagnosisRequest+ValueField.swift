extension DiagnosisRequest {
    /// A key of the contract's `values`: what the person typed in which box.
    public enum ValueField: String, CaseIterable, Sendable {
        case pin, securityCode, dateOfBirth, phone, email, username, password, link

        /// The field `key` names, spelled the contract's way or another (`security_code`, `DOB`, `url`);
        /// nil for an unknown key.
        public init?(key: String) {
            let folded = DiagnosisRequest.folded(key)
            if let field = Self.allCases.first(where: { $0.rawValue.lowercased() == folded }) {
                self = field
                return
            }
            switch folded {
            case "code", "textcode", "smscode", "verificationcode": self = .securityCode
            case "dob", "birthdate", "birthday", "dateofbirth": self = .dateOfBirth
            case "phonenumber", "cellphone", "mobile": self = .phone
            case "emailaddress", "mail": self = .email
            case "url": self = .link
            default: return nil
            }
        }
    }
}
