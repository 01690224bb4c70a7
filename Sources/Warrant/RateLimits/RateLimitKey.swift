/// Whose requests a ``RateLimit`` counts together.
public enum RateLimitKey: Sendable, Hashable {
    /// The verified caller: a token's issuer and subject, or an API key's id. On a public route, or for a
    /// request without a credential, the client address.
    case caller
    /// The client address (``Request/clientAddress``: the peer, or what trusted proxies forwarded).
    case client
}
