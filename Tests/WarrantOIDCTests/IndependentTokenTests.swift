import Foundation
import Testing
import Warrant
import WarrantJSON
import WarrantOIDC

/// Tokens minted by an independent JOSE implementation (PyJWT + cryptography, `make-oidc-fixtures.py`):
/// every valid one is admitted with its roles, every variant of a bad one refused for its reason.
@Suite("OIDC tokens from an independent implementation")
struct IndependentTokenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let token: String
        let expect: String
        let roles: [String]?
        let subject: String?
        var testDescription: String { "\(name) → \(expect)" }
    }

    static let cases: [Case] = {
        guard let root = try? Fixtures.json("cases").object, let entries = root["cases"]?.array else { return [] }
        return entries.compactMap { entry in
            guard let object = entry.object, let name = object["name"]?.string, let token = object["token"]?.string,
                  let expect = object["expect"]?.string
            else { return nil }
            return Case(name: name, token: token, expect: expect, roles: object["roles"]?.array?.compactMap(\.string), subject: object["subject"]?.string)
        }
    }()

    /// A verifier of the fixtures' issuer at the fixtures' instant, its keys from the fixtures' documents.
    static func verifier() throws -> OIDCVerifier {
        let root = try #require(try Fixtures.json("cases").object)
        let now = Date(timeIntervalSince1970: try #require(root["now"]?.number))
        let issuer = try #require(root["issuer"]?.string)
        let settings = OIDCSettings(
            issuer: issuer,
            audience: root["audience"]?.string,
            roleClaims: [.named(try #require(root["rolesClaim"]?.string))]
        )
        let documents = FixtureDocuments(
            discoveryURL: settings.discoveryURL,
            discovery: try Fixtures.bytes("discovery"),
            jwks: try Fixtures.bytes("jwks")
        )
        return OIDCVerifier(settings: settings, documents: documents, now: { now })
    }

    @Test("the fixtures are there: every outcome is covered")
    func coverage() {
        let outcomes = Set(Self.cases.map(\.expect))
        let reasons: [CredentialRefusal] = [.malformed, .tooLarge, .unknownKey, .wrongAlgorithm, .badSignature, .expired, .notYetValid, .issuedInFuture, .wrongIssuer, .wrongAudience, .invalidClaims]
        #expect(outcomes == Set(["verified"] + reasons.map { "refused:\($0.rawValue)" }))
        #expect(Self.cases.count >= 100)
    }

    @Test("each token gets its documented outcome", arguments: cases)
    func outcome(_ fixture: Case) async throws {
        let verifier = try Self.verifier()
        let check = await verifier.verify(Substring(fixture.token))
        switch check {
        case .verified(let credential):
            #expect(fixture.expect == "verified", "verified, expected \(fixture.expect)")
            #expect(credential.roles == fixture.roles ?? [])
            if let subject = fixture.subject { #expect(credential.subject == subject) }
        case .refused(let reason):
            #expect(fixture.expect == "refused:\(reason.rawValue)")
        case .unavailable:
            Issue.record("the fixture documents are in memory: never unavailable")
        }
    }

    @Test("a verified token answered again from the cache keeps its outcome; an expired one stays refused")
    func cached() async throws {
        let verifier = try Self.verifier()
        for fixture in Self.cases.prefix(40) {
            let first = await verifier.verify(Substring(fixture.token))
            let second = await verifier.verify(Substring(fixture.token))
            #expect(first == second, "\(fixture.name)")
        }
    }

    @Test("a token whose signature was verified once is decided again without waiting, with verify's outcome; any other is left to verify")
    func withoutWaiting() async throws {
        let verifier = try Self.verifier()
        var seen: Set<String> = []
        for fixture in Self.cases {
            let token = Substring(fixture.token)
            if !seen.contains(fixture.token) {
                #expect(verifier.checkWithoutWaiting(token) == nil, "\(fixture.name): never verified")
            }
            seen.insert(fixture.token)
            let verified = await verifier.verify(token)
            let again = verifier.checkWithoutWaiting(token)
            if case .verified = verified {
                #expect(again == verified, "\(fixture.name)")
            } else {
                #expect(again == nil || again == verified, "\(fixture.name): \(String(describing: again)) against \(verified)")
            }
        }
    }
}

/// The fixtures' discovery document and key set, served from memory.
struct FixtureDocuments: ProviderDocuments {
    let discoveryURL: String
    let discovery: [UInt8]
    let jwks: [UInt8]

    func fetch(_ url: String) async throws -> [UInt8] {
        if url == discoveryURL { return discovery }
        guard case .object(let document)? = try? JSONParser.parse(discovery), case .string(let jwksURL)? = document["jwks_uri"], url == jwksURL else {
            throw ProviderDocumentError("\(url): not a fixture")
        }
        return jwks
    }
}
