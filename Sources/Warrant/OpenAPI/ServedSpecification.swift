import Foundation
import NIOCore
public import OpenAPIKit

/// The OpenAPI document in the forms the server serves, built once at start-up.
public struct ServedSpecification: Sendable {
    /// The document model.
    public let document: OpenAPI.Document
    /// `/openapi.json`: pretty-printed with sorted keys, so the committed snapshot diffs cleanly.
    public let json: ByteBuffer
    /// `/openapi.yaml`.
    public let yaml: ByteBuffer

    init(document: OpenAPI.Document) throws {
        self.document = document
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var jsonData = try encoder.encode(document)
        jsonData.append(0x0A)
        json = ByteBuffer(bytes: jsonData)
        yaml = ByteBuffer(string: try YAMLRendering.yaml(document))
    }

    /// The JSON document as text.
    public var jsonText: String { String(buffer: json) }
    /// The YAML document as text.
    public var yamlText: String { String(buffer: yaml) }
}
