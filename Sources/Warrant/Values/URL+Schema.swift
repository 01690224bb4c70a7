public import Foundation
public import WarrantJSON
public import OpenAPIKit

extension URL: SchemaValue {
    /// `{"type": "string", "format": "uri", "maxLength": 2048, "pattern": …}` (``WebAddress``).
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .string(format: .uri, maxLength: WebAddress.maximumLength, pattern: WebAddress.pattern)
    }

    /// A string ``WebAddress`` accepts: an absolute `http` or `https` URL with a host.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> URL? {
        guard case .string(let text) = json, WebAddress.accepts(text), let url = URL(string: text) else {
            issues.record("format", "must be an absolute http or https URL such as https://example.com/page")
            return nil
        }
        return url
    }

    /// Writes the URL as it was given (`absoluteString`).
    public func encode(to writer: inout JSONWriter) { writer.string(absoluteString) }
}

extension URL: ConstrainedValue {}
