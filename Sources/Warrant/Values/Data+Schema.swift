public import Foundation
public import WarrantJSON
public import OpenAPIKit

extension Data: SchemaValue {
    /// `{"type": "string", "contentEncoding": "base64", "maxLength": 1398104}`: JSON Schema 2020-12's way,
    /// which OpenAPI 3.1 adopts in place of 3.0's `format: byte` (not written: one spelling is enough).
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .string(maxLength: StrictBase64.maximumLength, contentEncoding: .base64)
    }

    /// A standard, padded base64 string (``StrictBase64``) of at most 1 MiB of bytes.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Data? {
        guard case .string(let text) = json else {
            issues.record("type", "must be a base64 string, not \(json.article)")
            return nil
        }
        switch StrictBase64.decode(text) {
        case .success(let data):
            return data
        case .failure(.malformed):
            issues.record("format", "must be standard base64 (A-Z, a-z, 0-9, +, /) padded with = to a multiple of 4 characters")
        case .failure(.tooLarge):
            issues.record("too_large", "must hold at most \(StrictBase64.maximumDecodedBytes) bytes")
        }
        return nil
    }

    /// Writes standard, padded base64.
    public func encode(to writer: inout JSONWriter) { writer.string(base64EncodedString()) }
}

extension Data: ConstrainedValue {}
