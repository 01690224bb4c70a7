/// One server-sent event with its optional fields: an ``EventStream`` of these sets the `id:`, `event:`
/// and `retry:` lines besides the `data:` line.
public struct ServerSentEvent<Event: SchemaValue>: Sendable {
    /// The event's value, sent as compact JSON on its `data:` line.
    public var data: Event
    /// The event id a reconnecting client sends back as `Last-Event-ID`. Line breaks and NUL are removed
    /// (they would end the field early, letting a value inject fields of its own).
    public var id: String?
    /// The event's name (a browser's `addEventListener` type; `message` when absent). Line breaks are removed.
    public var event: String?
    /// How long a client waits before reconnecting, in whole milliseconds.
    public var retry: Duration?

    /// An event.
    public init(data: Event, id: String? = nil, event: String? = nil, retry: Duration? = nil) {
        self.data = data
        self.id = id
        self.event = event
        self.retry = retry
    }
}
