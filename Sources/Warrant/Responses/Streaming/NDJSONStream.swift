import HTTPTypes

/// A handler's answer as newline-delimited JSON (`application/x-ndjson`): 200, then each element of an
/// `AsyncSequence` as one line of compact JSON, written as it is produced.
///
/// The OpenAPI document lists the body as `application/x-ndjson` with the value's schema under
/// `x-item-schema`. The handler's dependencies (such as a database transaction) have already closed when
/// the values are produced: a source must not use them.
public struct NDJSONStream<Value: SchemaValue>: ResponseRepresentable {
    private let body: StreamedBody

    /// The values of `values`, one per line.
    public init<Values: AsyncSequence & Sendable>(_ values: Values) where Values.Element == Value {
        body = StreamedBody(contentLength: nil) { writer, logger in
            try await StreamPump.pump(values, to: &writer, logger: logger) { NDJSONLine.encode($0) }
        }
    }

    /// 200 `application/x-ndjson`, each line's schema as `x-item-schema`.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [StreamDocumentation.lines(item: Value.schema(in: &components))]
    }

    /// 200 with the stream, uncached and unbuffered.
    public func makeResponse() -> RouteResponse {
        RouteResponse(status: .ok, headers: StreamDocumentation.headers(contentType: "application/x-ndjson"), stream: body)
    }

    /// Always: a 200 (a failure mid-stream cannot change the status already sent).
    public var isSuccessful: Bool { true }
}
