public import Foundation
public import WarrantJSON
public import OpenAPIKit

extension Date: SchemaValue {
    /// `{"type": "string", "format": "date-time"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .string(format: .dateTime) }

    /// An RFC 3339 date-time string (`2026-11-24T21:42:07Z`, offsets and fractions allowed).
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Date? {
        guard case .string(let text) = json, let date = RFC3339.parse(text) else {
            issues.record("format", "must be an RFC 3339 date-time such as 2026-01-31T09:30:00Z")
            return nil
        }
        return date
    }

    /// Writes an RFC 3339 string in UTC, with microseconds when the instant has a fraction of a second.
    public func encode(to writer: inout JSONWriter) {
        let microseconds = (timeIntervalSince1970 * 1_000_000).rounded()
        writer.date(self, fractionalSeconds: microseconds.truncatingRemainder(dividingBy: 1_000_000) != 0)
    }
}

extension UUID: SchemaValue {
    /// `{"type": "string", "format": "uuid"}`.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema { .string(format: .other("uuid")) }

    /// A UUID string such as `6f1c…`.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> UUID? {
        guard case .string(let text) = json, let value = UUID(uuidString: text) else {
            issues.record("format", "must be a UUID such as 123e4567-e89b-12d3-a456-426614174000")
            return nil
        }
        return value
    }

    /// Writes the lowercase canonical form.
    public func encode(to writer: inout JSONWriter) { writer.string(uuidString.lowercased()) }
}

extension Date: ConstrainedValue {}
extension UUID: ConstrainedValue {}
extension Bool: ConstrainedValue {}
