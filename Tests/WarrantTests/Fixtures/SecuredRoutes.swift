import Foundation
import Warrant
import WarrantCrypto
import Synchronization

/// A plain member.
enum TestMember: Role {
    static let name = "member"
}

/// An administrator, who is also a member.
enum TestAdmin: Role {
    static let name = "admin"
    typealias Includes = Roles<TestMember>
}

/// The caller's identity as a route returns it.
@Schema
struct Caller: Sendable, Equatable {
    /// The subject.
    var subject: String
    /// The roles.
    var roles: [String]
}

/// Routes at each access level.
@Routes(tag: "secured")
struct SecuredRoutes {
    /// Anyone.
    @GET("/open")
    func open(_ request: Request<Unauthenticated>) -> Caller {
        Caller(subject: "nobody", roles: [])
    }

    /// Any valid token.
    @GET("/me")
    func me(_ request: Request<Authenticated>) -> Caller {
        Caller(subject: request.proof.subject, roles: request.proof.roles)
    }

    /// Members (and admins).
    @GET("/member")
    func member(_ request: Request<Authorized<TestMember>>) -> Caller {
        Caller(subject: request.proof.subject, roles: request.proof.identity.roles)
    }

    /// Admins only.
    @GET("/admin")
    func admin(_ request: Request<Authorized<TestAdmin>>) -> Caller {
        let memberProof: Proof<TestMember> = request.proof.included()
        return Caller(subject: memberProof.subject, roles: request.proof.identity.roles)
    }
}

/// Keys, tokens and a controllable clock for the security tests.
final class SecurityFixture: Sendable {
    let key: PASETOSecretKey
    let otherKey: PASETOSecretKey
    let clock: TestClock

    init() throws {
        key = try PASETOSecretKey.generate()
        otherKey = try PASETOSecretKey.generate()
        clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
    }

    var issuer: AccessTokenIssuer {
        let clock = self.clock
        return AccessTokenIssuer(secretKey: key, issuer: "test-issuer", lifetime: 600, now: { clock.now })
    }

    func verifier(keys: [PASETOPublicKey]? = nil, audience: String? = nil, leeway: TimeInterval = 0) -> AccessTokenVerifier {
        let clock = self.clock
        return AccessTokenVerifier(
            keyring: PublicKeyring(keys ?? [key.publicKey]),
            issuer: "test-issuer",
            audience: audience,
            leeway: leeway,
            now: { clock.now }
        )
    }

    func api(_ verifier: AccessTokenVerifier? = nil, passwordLoginURL: String? = nil) -> API {
        let gate = AccessGate(verifier: verifier ?? self.verifier(), roles: [TestAdmin.self], passwordLoginURL: passwordLoginURL)
        return API(info: APIInfo(title: "Secured", version: "1"), gate: gate) { $0.include(SecuredRoutes()) }
    }

    func token(_ subject: String = "alice", roles: [String]) -> String {
        issuer.mint(subject: subject, roles: roles).value
    }

    /// A token signed with `key` from a raw payload and footer, as any PASETO implementation could make one.
    func raw(payload: String, footer: String? = nil, key: PASETOSecretKey? = nil) -> String {
        let signer = key ?? self.key
        let kid = footer ?? #"{"kid":"\#(signer.publicKey.id)"}"#
        return PASETO.V4.Public.sign(payload: Array(payload.utf8), with: signer, footer: Array(kid.utf8))
    }

    /// Claims JSON with the fixture's issuer, valid now unless overridden.
    func claims(_ overrides: [String: String] = [:], removing: Set<String> = []) -> String {
        var claims: [(String, String)] = [
            ("sub", #""alice""#), ("roles", #"["member"]"#), ("iss", #""test-issuer""#),
            ("iat", #""2027-01-15T08:00:00Z""#), ("exp", #""2027-01-15T08:10:00Z""#),
        ]
        claims = claims.filter { !removing.contains($0.0) }.map { ($0.0, overrides[$0.0] ?? $0.1) }
        for (key, value) in overrides where !claims.contains(where: { $0.0 == key }) { claims.append((key, value)) }
        return "{" + claims.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let storage: Mutex<Date>

    init(_ start: Date) { storage = Mutex(start) }

    var now: Date { storage.withLock { $0 } }

    func advance(by seconds: TimeInterval) { storage.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

