import HTTPTypes
import NIOCore

/// How the server tells a request's client address: the connection's peer, or — behind proxies it trusts,
/// such as a load balancer — the address the nearest of them recorded in `X-Forwarded-For`.
///
/// Only the last `trustedProxyHops` entries of `X-Forwarded-For` were written by proxies of yours; anything
/// before them is whatever the client sent, so it is never used.
public struct ClientAddresses: Sendable, Equatable {
    /// How many proxies of yours stand in front of the server (`TRUSTED_PROXY_HOPS`; 0: use the peer).
    public var trustedProxyHops: Int

    /// The peer's address, or the forwarded one behind `trustedProxyHops` proxies.
    public init(trustedProxyHops: Int = 0) {
        self.trustedProxyHops = trustedProxyHops
    }

    /// The client address of a request that arrived from `peer` with `headers`.
    func address(peer: SocketAddress?, headers: HTTPFields) -> String? {
        if trustedProxyHops > 0 {
            let hops = headers[values: .xForwardedFor].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            // The entry the farthest trusted proxy appended is the client as that proxy saw it.
            guard hops.count >= trustedProxyHops else { return nil }
            let address = hops[hops.count - trustedProxyHops]
            return address.isEmpty ? nil : address
        }
        return peer?.ipAddress
    }
}

extension HTTPField.Name {
    /// `X-Forwarded-For`.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
