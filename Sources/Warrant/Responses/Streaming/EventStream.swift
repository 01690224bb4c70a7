import HTTPTypes

/// A handler's answer as server-sent events (`text/event-stream`): 200, then each element of an
/// `AsyncSequence` as one event whose `data:` is the value's compact JSON, written as it is produced.
///
/// ```swift
/// @GET("/ticks")
/// func ticks(_ request: Request<Unauthenticated>) -> EventStream<Tick> {
///     EventStream(ticker.ticks())   // any AsyncSequence of Tick, or of ServerSentEvent<Tick>
/// }
/// ```
///
/// When no event has been written for ``keepAlive`` a `: keep-alive` comment is, so proxies keep the idle
/// connection open and a client that has gone away is noticed (its source is then cancelled); a graceful
/// shutdown of the server ends the stream. The OpenAPI document lists `text/event-stream`, the shape of
/// one event as its schema, and `Event`'s schema under `x-item-schema`.
///
/// The handler's dependencies (such as a database transaction) have already closed when the events are
/// produced: a source must not use them.
public struct EventStream<Event: SchemaValue>: ResponseRepresentable {
    /// How long the stream may stay silent before a keep-alive comment is written.
    public let keepAlive: Duration
    private let body: StreamedBody

    /// Events whose fields (`id`, `event`, `retry`) are set by each element.
    /// - Parameters:
    ///   - events: The events, written as they are produced; the response ends when the sequence does.
    ///   - keepAlive: The silence after which a keep-alive comment is written (15 seconds by default; zero
    ///     or less writes none).
    public init<Events: AsyncSequence & Sendable>(_ events: Events, keepAlive: Duration = .seconds(15))
    where Events.Element == ServerSentEvent<Event> {
        self.keepAlive = keepAlive
        let beat = StreamPump.KeepAlive.comment(every: keepAlive)
        body = StreamedBody(contentLength: nil) { writer, logger in
            try await StreamPump.pump(events, to: &writer, logger: logger, keepAlive: beat) { $0.encoded() }
        }
    }

    /// Events with only `data:`: each value of `events`.
    /// - Parameters:
    ///   - events: The values, written as they are produced; the response ends when the sequence does.
    ///   - keepAlive: The silence after which a keep-alive comment is written (15 seconds by default; zero
    ///     or less writes none).
    public init<Events: AsyncSequence & Sendable>(_ events: Events, keepAlive: Duration = .seconds(15))
    where Events.Element == Event {
        self.keepAlive = keepAlive
        let beat = StreamPump.KeepAlive.comment(every: keepAlive)
        body = StreamedBody(contentLength: nil) { writer, logger in
            try await StreamPump.pump(events, to: &writer, logger: logger, keepAlive: beat) { ServerSentEvent(data: $0).encoded() }
        }
    }

    /// 200 `text/event-stream`: one event's shape as the schema, its data's schema as `x-item-schema`.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [StreamDocumentation.events(item: Event.schema(in: &components))]
    }

    /// 200 with the stream, uncached and unbuffered.
    public func makeResponse() -> RouteResponse {
        RouteResponse(status: .ok, headers: StreamDocumentation.headers(contentType: "text/event-stream"), stream: body)
    }

    /// Always: a 200 (a failure mid-stream cannot change the status already sent).
    public var isSuccessful: Bool { true }
}
