import HTTPTypes

/// The raw material of an access lift: the request's headers and the server's credential verifiers.
///
/// It has no public initialiser, so only the framework can lift a request: a handler cannot call
/// ``AccessState/lift(_:)`` to mint itself a proof.
public struct AccessLift: Sendable {
    /// The request's header fields.
    let headers: HTTPFields
    /// The server's credential verifiers and role graph.
    let gate: AccessGate

    init(headers: HTTPFields, gate: AccessGate) {
        self.headers = headers
        self.gate = gate
    }
}
