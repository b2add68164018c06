import Diagnoser

extension DiagnosisRequest {
    /// A request from form or query fields named by the contract's keys, so that the
    /// troubleshooter page and contextual help read them as the API does. Blank fields, and
    /// counts that are not whole numbers, are left out.
    init(fields: FormFields, message: String?) {
        self.init(message: message?.isEmpty == false ? message : nil)
        for field in ValueField.allCases {
            self[value: field] = fields.nonEmpty(field.rawValue)
        }
        for field in DiagnosisContext.Field.allCases {
            if let text = fields.nonEmpty(field.rawValue) { try? context.set(field, text: text) }
        }
    }
}
