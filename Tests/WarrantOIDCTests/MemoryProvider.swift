import Foundation
import JWTKit
import Synchronization
import WarrantOIDC

/// A provider's documents in memory: a discovery document, a key set the test changes, a switch that makes
/// every fetch fail, and a count of key-set fetches.
final class MemoryProvider: ProviderDocuments {
    static let issuer = "https://issuer.example.test"
    static let discoveryURL = issuer + "/.well-known/openid-configuration"
    static let jwksURL = issuer + "/jwks"

    private struct State {
        var jwks: String
        var discovery: String
        var down = false
        var jwksFetches = 0
    }

    private let state: Mutex<State>

    init(jwks: String, discovery: String? = nil) {
        state = Mutex(State(
            jwks: jwks,
            discovery: discovery ?? #"{"issuer":"\#(Self.issuer)","jwks_uri":"\#(Self.jwksURL)"}"#
        ))
    }

    func fetch(_ url: String) async throws -> [UInt8] {
        try state.withLock { state in
            if state.down { throw ProviderDocumentError("\(url) is down") }
            switch url {
            case Self.discoveryURL: return Array(state.discovery.utf8)
            case Self.jwksURL:
                state.jwksFetches += 1
                return Array(state.jwks.utf8)
            default: throw ProviderDocumentError("\(url): 404")
            }
        }
    }

    func setKeys(_ jwks: String) { state.withLock { $0.jwks = jwks } }
    func setDown(_ down: Bool) { state.withLock { $0.down = down } }
    var jwksFetches: Int { state.withLock { $0.jwksFetches } }

    /// A JWKS of fresh ES256 public keys with these ids.
    static func jwks(kids: [String]) throws -> String {
        let keys = try kids.map { kid -> String in
            let key = ES256PrivateKey()
            guard let (x, y) = key.publicKey.parameters else { throw ProviderDocumentError("no parameters") }
            return #"{"kty":"EC","crv":"P-256","kid":"\#(kid)","use":"sig","alg":"ES256","x":"\#(x)","y":"\#(y)"}"#
        }
        return #"{"keys":[\#(keys.joined(separator: ","))]}"#
    }
}
