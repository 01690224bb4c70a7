import Foundation
import Testing
import WarrantJSON
@testable import WarrantOIDC

/// Providers' real claim shapes (Cognito, Auth0, Entra ID, Keycloak) mapped to Warrant roles by settings.
@Suite("Role mapping from providers' claims")
struct RoleMappingTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        let provider: String
        let claims: JSONObject
        let rolesClaim: String
        let roleMap: [String: String]
        let expect: [String]
        var testDescription: String { "\(provider): \(rolesClaim) → \(expect)" }
    }

    static let shapes: [Shape] = {
        guard let entries = try? Fixtures.json("providers").array else { return [] }
        return entries.compactMap { entry in
            guard let object = entry.object, let provider = object["provider"]?.string, let claims = object["claims"]?.object,
                  let rolesClaim = object["rolesClaim"]?.string, let expect = object["expect"]?.array
            else { return nil }
            var map: [String: String] = [:]
            for member in object["roleMap"]?.object?.members ?? [] { map[member.key] = member.value.string }
            return Shape(provider: provider, claims: claims, rolesClaim: rolesClaim, roleMap: map, expect: expect.compactMap(\.string))
        }
    }()

    @Test("every provider is represented")
    func providers() {
        #expect(Set(Self.shapes.map(\.provider)) == ["cognito", "auth0", "entra", "keycloak"])
    }

    @Test("the configured claims, read and mapped, give the expected roles", arguments: shapes)
    func mapping(_ shape: Shape) throws {
        let places = shape.rolesClaim.split(separator: ",").compactMap { RoleClaim(String($0)) }
        var settings = OIDCSettings(issuer: "https://issuer.example.test", audience: nil, requiredClaims: [("sub", "")], roleClaims: places, roleMap: shape.roleMap)
        settings.requiredClaims = []
        var claims = shape.claims
        // The role mapping is what is under test: give every shape the same valid registered claims.
        claims["iss"] = .string(settings.issuer)
        claims["sub"] = claims["sub"] ?? .string("someone")
        claims["exp"] = .number(JSONNumber(2_000_000_000))
        claims["aud"] = nil
        claims["nbf"] = nil
        claims["iat"] = nil
        let read = try OIDCClaims.read(claims, settings: settings).get()
        #expect(read.roles == shape.expect)
    }
}
