import Testing
import WarrantCrypto
@testable import Warrant

@Suite("Bearer credentials are read exactly as RFC 6750 writes them")
struct BearerTokenTests {
    @Test("the scheme is case-insensitive and the token is returned whole")
    func scheme() {
        for header in ["Bearer v4.public.abc-_~+/=", "bearer v4.public.abc-_~+/=", "BEARER v4.public.abc-_~+/=", "bEaReR v4.public.abc-_~+/="] {
            #expect(BearerToken.parse(header) == "v4.public.abc-_~+/=", "\(header)")
        }
    }

    @Test("other schemes and missing tokens are refused (the token's characters are the verifier's to refuse)")
    func refused() {
        let headers = ["", "Bearer", "Bearer ", "Bearer\tx", "Basic YWxpY2U=", "Bearerx abc", "Bearer: abc", "Bearex abc", "BEARE abc", "bearer"]
        for header in headers {
            #expect(BearerToken.parse(header) == nil, "\(header)")
        }
    }

    @Test("a token with bytes outside base64url fails verification, even when its prefix is a valid token")
    func foreignBytes() throws {
        let key = try PASETOSecretKey.generate()
        let verifier = AccessTokenVerifier(keyring: PublicKeyring([key.publicKey]), issuer: "test")
        let token = AccessTokenIssuer(secretKey: key, issuer: "test").mint(subject: "alice", roles: []).value
        #expect(verifier.check(token[...]).verified != nil)
        for suffix in [" x", "\u{0}", "\"", "é", ",def", " "] {
            let header = "Bearer " + token + suffix
            let parsed = try #require(BearerToken.parse(header))
            #expect(verifier.check(parsed).verified == nil, "\(suffix.debugDescription)")
        }
    }
}
