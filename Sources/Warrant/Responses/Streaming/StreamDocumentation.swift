import HTTPTypes

/// How streamed answers are documented and which headers they carry.
enum StreamDocumentation {
    /// The extension naming a stream's per-item schema. OpenAPI 3.2 spells it `itemSchema`; the document is
    /// 3.1 because the tools the template is checked with (Swagger UI, openapi-python-client, schemathesis,
    /// swift-openapi-generator) read 3.1 and not yet 3.2.
    static let itemSchemaExtension = "x-item-schema"

    /// A 200 text stream of JSON items: the body a string, each item's schema beside it.
    static func textStream(contentType: String, description: String, item: JSONSchema) -> DocumentedResponse {
        DocumentedResponse(status: .ok, description: description, schema: .string, contentType: contentType, itemSchema: item)
    }

    /// The headers of a streamed answer: never stored (each request is a fresh stream) and not held back by a
    /// buffering proxy (`X-Accel-Buffering: no` is nginx's switch).
    static func headers(contentType: String) -> HTTPFields {
        [.contentType: contentType, .cacheControl: "no-store", accelBuffering: "no"]
    }

    private static let accelBuffering = HTTPField.Name("X-Accel-Buffering")!
}
