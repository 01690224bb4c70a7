public import HTTPTypes
import HummingbirdCore
public import Logging

/// An HTTP request whose caller has proven `Access`.
///
/// A handler declares the access it needs by the request type it takes: `Request<Unauthenticated>`
/// for a public route, `Request<Authorized<Admin>>` for an admin-only one. Only the framework creates
/// requests, after checking the caller, so a handler's parameter type is a guarantee, not a hope.
public struct Request<Access: AccessState>: Sendable {
    /// What the caller proved; privileged domain operations take it as an argument.
    public let proof: Access.Evidence
    /// The request method.
    public let method: HTTPRequest.Method
    /// The request path, without the query.
    public var path: String { uri.path }
    /// The request target, kept whole so the path is only cut out when a handler asks for it.
    let uri: URI
    /// The request's header fields.
    public let headers: HTTPFields
    /// The identifier of this request, also in its log lines and problem documents.
    public let id: String
    /// A logger whose metadata carries the request identifier.
    public var logger: Logger
    /// The connection the request came on, read only when a handler asks for the client's address.
    let connection: RequestConnection

    init(proof: Access.Evidence, method: HTTPRequest.Method, uri: URI, headers: HTTPFields, id: String, logger: Logger, connection: RequestConnection) {
        self.proof = proof
        self.method = method
        self.uri = uri
        self.headers = headers
        self.id = id
        self.logger = logger
        self.connection = connection
    }

    /// The verified identity behind the proof, whatever the access level: `nil` on a public route. For code
    /// that serves several access levels, such as a ``RequestDependency``.
    public var identity: Identity? {
        (proof as? any IdentityEvidence)?.verifiedIdentity
    }

    /// The client's address: the connection's peer, or the address trusted proxies forwarded
    /// (``ClientAddresses``); `nil` when it cannot be told.
    public var clientAddress: String? {
        connection.clientAddresses.address(peer: connection.channel.remoteAddress, headers: headers)
    }
}
