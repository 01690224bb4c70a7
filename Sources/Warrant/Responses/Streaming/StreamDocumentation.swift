import HTTPTypes
import OpenAPIKit

/// How streamed answers are documented and which headers they carry.
enum StreamDocumentation {
    /// The extension naming a stream's per-item schema. OpenAPI 3.2 spells it `itemSchema`; the document is
    /// 3.1 because the tools the template is checked with (Swagger UI, openapi-python-client, schemathesis,
    /// swift-openapi-generator) read 3.1 and not yet 3.2.
    static let itemSchemaExtension = "x-item-schema"

    /// A 200 NDJSON stream: the body a string, each line's schema beside it.
    static func lines(item: JSONSchema) -> DocumentedResponse {
        DocumentedResponse(
            status: .ok,
            description: "Newline-delimited JSON: each line is one JSON value of the item schema.",
            schema: .string, contentType: "application/x-ndjson", itemSchema: item
        )
    }

    /// A 200 event stream: its schema describes one event, and each event's data has the item's schema.
    ///
    /// A 3.1 media type's schema cannot describe a stream's items, and tools reading 3.1 (schemathesis)
    /// take the schema of `text/event-stream` to describe each event — the shape 3.2's `itemSchema` gives
    /// events: `data` (here a JSON text), `event`, `id`, `retry`. A string schema would fail their check of
    /// every event. The JSON inside `data` is the item schema, `x-item-schema` (`contentSchema` would say
    /// it inside the event's schema, but the document model cannot write that keyword).
    static func events(item: JSONSchema) -> DocumentedResponse {
        DocumentedResponse(
            status: .ok,
            description: "A stream of server-sent events; each event's `data` is one JSON value of the item schema.",
            schema: eventSchema, contentType: "text/event-stream", itemSchema: item
        )
    }

    private static let eventSchema = JSONSchema.object(
        description: "One server-sent event.",
        properties: [
            "data": .string(description: "The event's value as compact JSON, of the item schema (`x-item-schema`).", contentMediaType: .init(rawValue: "application/json")),
            "event": .string(required: false, description: "The event's name."),
            "id": .string(required: false, description: "The event's id, sent back on reconnection as `Last-Event-ID`."),
            "retry": .integer(required: false, description: "How long a client waits before reconnecting, in milliseconds.", minimum: (0, exclusive: false)),
        ]
    )

    /// The headers of a streamed answer: never stored (each request is a fresh stream) and not held back by a
    /// buffering proxy (`X-Accel-Buffering: no` is nginx's switch).
    static func headers(contentType: String) -> HTTPFields {
        [.contentType: contentType, .cacheControl: "no-store", accelBuffering: "no"]
    }

    private static let accelBuffering = HTTPField.Name("X-Accel-Buffering")!
}
