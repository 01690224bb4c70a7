import Foundation
import OpenAPIKit
import Warrant
import WarrantJSON

/// Helpers that turn schemas and JSON into Foundation values tests can inspect.
enum JSONTestSupport {
    /// The component schema of `T` (and every component it registers) as JSON objects keyed by name.
    static func components<T: NamedSchema>(of type: T.Type) throws -> [String: [String: Any]] {
        var components = SchemaComponents()
        _ = components.reference(to: type)
        var result: [String: [String: Any]] = [:]
        for (name, schema) in components.schemas {
            result[name] = try object(schema)
        }
        return result
    }

    /// A JSON-encodable value as a Foundation object.
    static func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Decodes `json` as `T`, returning the value and the issues.
    static func decode<T: JSONDecodableValue>(_ type: T.Type, _ json: String) throws -> (T?, [ValidationIssue]) {
        let value = try JSONParser.parse(json)
        var issues = ValidationIssues()
        let decoded = T.decode(json: value, issues: &issues)
        return (decoded, issues.all)
    }

    /// Encodes `value` with the generated encoder.
    static func encode(_ value: some JSONEncodableValue) -> String {
        var writer = JSONWriter()
        value.encode(to: &writer)
        return writer.text
    }
}
