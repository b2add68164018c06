import Foundation
import Hummingbird
import NIOCore

/// `application/x-www-form-urlencoded` fields, from a query string or a form body
/// (`+` is a space; invalid percent-escapes are kept as typed).
struct FormFields: Sendable {
    private var fields: [(name: String, value: String)] = []

    init(_ encoded: String?) {
        guard let encoded, !encoded.isEmpty else { return }
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// `+` becomes a space and `%XX` its byte (Foundation's `removingPercentEncoding`); when an
    /// escape is invalid or the bytes are not UTF-8, only the `+`s are replaced. Valid text is
    /// decoded byte by byte (Foundation's two passes cost more than the rest of reading a search);
    /// anything else goes through Foundation, whose handling of it the shortcut does not copy.
    static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(text) }
        if let decoded = decodeValid(text) { return decoded }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The decoded text when every escape is valid and the bytes are UTF-8; nil otherwise.
    private static func decodeValid(_ text: Substring) -> String? {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(text.utf8.count)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "+"):
                decoded.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = bytes.next().flatMap(hexValue), let low = bytes.next().flatMap(hexValue) else { return nil }
                decoded.append(high << 4 | low)
            default:
                decoded.append(byte)
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The first value of `name`, nil when absent.
    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The first value of `name`, trimmed; nil when absent or blank.
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingWhitespace, !value.isEmpty else { return nil }
        return value
    }

    /// The length of `name`'s first value as sent, white space included, in Unicode scalars:
    /// what JSON Schema's `maxLength` counts (combining marks count); 0 when absent.
    func sentLength(of name: String) -> Int { self[name]?.unicodeScalars.count ?? 0 }

    var names: [String] { fields.map(\.name) }
}

extension Request {
    /// The query string's fields.
    var query: FormFields { FormFields(uri.query) }

    /// The body as form fields; 415 unless it is `application/x-www-form-urlencoded`, 413 over the limit.
    func formFields(context: AppRequestContext) async throws -> FormFields {
        guard headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            throw HTTPError(.unsupportedMediaType, message: "Send the form as application/x-www-form-urlencoded.")
        }
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        return FormFields(String(buffer: buffer))
    }

    /// Decodes a JSON body with clear, value-free messages: 415 without a JSON content
    /// type, 413 over the limit, 400 for malformed JSON or fields of the wrong type.
    func decodeJSON<Value: Decodable>(as type: Value.Type, context: AppRequestContext) async throws -> Value {
        try Self.decodeJSON(as: type, from: try await jsonBody(context: context))
    }

    /// The body of a JSON request: 415 without a JSON content type, 413 over the limit.
    func jsonBody(context: AppRequestContext) async throws -> ByteBuffer {
        let contentType = headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") || contentType.contains("+json") else {
            throw CatalogError(status: .unsupportedMediaType, key: "api_error_json_content_type")
        }
        return try await body.collect(upTo: context.maxUploadSize)
    }

    /// Decodes JSON already read, with the same messages.
    static func decodeJSON<Value: Decodable>(as type: Value.Type, from buffer: ByteBuffer) throws -> Value {
        guard buffer.readableBytes > 0 else { throw CatalogError(status: .badRequest, key: "api_error_empty_body") }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.dataCorrupted(detail) where detail.codingPath.isEmpty {
            throw CatalogError(status: .badRequest, key: "api_error_invalid_json")
        } catch let DecodingError.dataCorrupted(detail) {
            throw CatalogError(status: .badRequest, key: "api_error_field_invalid", values: ["field": detail.codingPath.dottedPath])
        } catch let DecodingError.keyNotFound(key, detail) {
            throw CatalogError(status: .badRequest, key: "api_error_field_missing", values: ["field": (detail.codingPath + [key]).dottedPath])
        } catch let DecodingError.typeMismatch(expected, detail) {
            throw CatalogError(status: .badRequest, key: "api_error_field_type_" + Self.describe(expected), values: ["field": detail.codingPath.dottedPath])
        } catch let DecodingError.valueNotFound(_, detail) {
            throw CatalogError(status: .badRequest, key: "api_error_field_null", values: ["field": detail.codingPath.dottedPath])
        } catch {
            throw CatalogError(status: .badRequest, key: "api_error_invalid_json")
        }
    }

    /// The kind of JSON value a field should hold, as the end of a catalog key.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Bool.Type: "bool"
        case is Int.Type, is Double.Type: "number"
        case is [String: Any].Type: "object"
        default: "other"
        }
    }
}

extension [any CodingKey] {
    fileprivate var dottedPath: String {
        isEmpty ? "(body)" : map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
