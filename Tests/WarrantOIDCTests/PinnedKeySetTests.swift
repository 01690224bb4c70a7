import Foundation
import JWTKit
import Testing
@testable import WarrantOIDC

@Suite("Keys from a JWKS: pinned to one algorithm each, the doubtful ones skipped")
struct PinnedKeySetTests {
    func es256(_ kid: String, extra: String = "") throws -> String {
        let key = ES256PrivateKey()
        let (x, y) = try #require(key.publicKey.parameters)
        return #"{"kty":"EC","crv":"P-256","kid":"\#(kid)","x":"\#(x)","y":"\#(y)"\#(extra)}"#
    }

    @Test("each accepted key type is pinned to its one algorithm; an EC key without alg is ES256")
    func pinned() async throws {
        let ed = try EdDSA.PrivateKey(curve: .ed25519)
        let edX = try #require(ed.publicKey.rawRepresentation.base64URLEncoded)
        let document = #"{"keys":[\#(try es256("ec")),{"kty":"OKP","crv":"Ed25519","kid":"ed","x":"\#(edX)","alg":"EdDSA"}]}"#
        let set = try #require(await PinnedKeySet.parse(Array(document.utf8)))
        #expect(set.key(id: "ec")?.algorithm == .es256)
        #expect(set.key(id: "ed")?.algorithm == .edDSA)
        #expect(set.skipped.isEmpty)
    }

    @Test("skipped: encryption keys, unaccepted algorithms, other curves, a duplicated kid, bad material, no kid")
    func skipped() async throws {
        let document = """
            {"keys":[
              \(try es256("enc", extra: #","use":"enc""#)),
              \(try es256("es384", extra: #","alg":"ES384""#)),
              \(try es256("hs", extra: #","alg":"HS256""#)),
              {"kty":"EC","crv":"P-384","kid":"p384","x":"AA","y":"AA"},
              {"kty":"oct","kid":"secret","k":"c2VjcmV0"},
              \(try es256("twice")), \(try es256("twice")),
              {"kty":"EC","crv":"P-256","kid":"bad","x":"AAAA","y":"AAAA"},
              {"kty":"RSA","kid":"small","n":"\(String(repeating: "A", count: 171))","e":"AQAB"},
              \(try es256("").replacingOccurrences(of: #""kid":"""#, with: #""x-kid":"""#)),
              \(try es256("good"))
            ]}
            """
        let set = try #require(await PinnedKeySet.parse(Array(document.utf8)))
        #expect(Array(set.keys.keys) == ["good"])
        #expect(Set(set.skipped.compactMap(\.id)) == ["enc", "es384", "hs", "p384", "secret", "twice", "bad", "small"])
        #expect(set.skipped.contains { $0.id == nil && $0.reason == "no kid" })
    }

    @Test("not a key set: no keys array, a non-object entry, duplicate members, invalid JSON")
    func notAKeySet() async throws {
        for document in [#"{"kids":[]}"#, #"{"keys":[1]}"#, #"{"keys":[],"keys":[]}"#, #"{"keys":["#, "[]"] {
            #expect(await PinnedKeySet.parse(Array(document.utf8)) == nil, "\(document)")
        }
    }
}

extension Data {
    /// Unpadded base64url.
    var base64URLEncoded: String? {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
