import NIOCore

/// What a ``Request`` keeps of its connection: enough to tell the client's address when asked.
struct RequestConnection: Sendable {
    /// The channel the request arrived on.
    let channel: any Channel
    /// How the client address is told.
    let clientAddresses: ClientAddresses
}
