import Foundation

/// Which provider URLs the verifier will fetch: HTTPS, or plain HTTP to a loopback address only (a local
/// test issuer) — never plain HTTP across a network, where anyone on the path could swap the keys.
enum ProviderURL {
    /// Whether `url` may be fetched.
    static func isAllowed(_ url: URL) -> Bool {
        switch url.scheme?.lowercased() {
        case "https": return url.host?.isEmpty == false
        case "http": return url.host.map(isLoopback) ?? false
        default: return false
        }
    }

    private static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
