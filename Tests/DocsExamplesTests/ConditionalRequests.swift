import Foundation
import Testing
import Warrant
import WarrantTesting

// docs/20-http-semantics.md, "Conditional requests"

/// The site's settings: one document, no revision column, so its tag is a digest of its JSON.
@Schema
struct SiteSettings: Sendable, Equatable {
    /// The site's name.
    @Length(1...80)
    var name: String
    /// Whether anyone may sign up.
    var openSignUp: Bool
}

/// Where the settings live: the check and the change are one step of the actor, so two replacements sent
/// with the same tag cannot both pass.
actor SettingsStore {
    private var current = SiteSettings(name: "Warrant", openSignUp: false)

    /// The current settings.
    func read() -> SiteSettings { current }

    /// Replaces the settings if `ifMatch` names the current version; `nil` when it does not.
    func replace(with new: SiteSettings, ifMatch: IfMatch) -> SiteSettings? {
        guard ifMatch.isSatisfied(by: .digest(of: current)) else { return nil }
        current = new
        return current
    }
}

/// The settings, read by anyone and replaced by an admin, only from the version they read.
@Routes(tag: "settings")
struct SettingsRoutes {
    let store: SettingsStore

    /// Read the site's settings.
    /// - Parameter ifNoneMatch: `ETag`s of versions you hold; when one is current the answer is 304.
    @GET("/settings")
    func read(_ request: Request<Unauthenticated>, ifNoneMatch: IfNoneMatch) async -> WithETag<SiteSettings> {
        let settings = await store.read()
        return WithETag(settings, etag: .digest(of: settings), unless: ifNoneMatch)
    }

    /// Replace the site's settings.
    ///
    /// `If-Match` is required: a change sent without the version it is based on is answered 428.
    /// - Parameters:
    ///   - settings: The new settings.
    ///   - ifMatch: The `ETag` of the settings you read.
    @PUT("/settings")
    func replace(_ request: Request<Authorized<Admin>>, settings: SiteSettings, ifMatch: IfMatch) async throws -> WithETag<SiteSettings> {
        guard let saved = await store.replace(with: settings, ifMatch: ifMatch) else { throw IfMatch.failed }
        return WithETag(saved, etag: .digest(of: saved))
    }
}

@Suite("docs/20: conditional requests")
struct ConditionalRequestExampleTests {
    private func client() throws -> TestClient {
        let keys = try TestKeys()
        let api = API(info: APIInfo(title: "Site", version: "1"), gate: AccessGate(verifier: keys.authSettings().tokenVerifier(), roles: [Admin.self])) {
            $0.include(SettingsRoutes(store: SettingsStore()))
        }
        return try TestClient(api: api, tokens: keys.issuer())
    }

    @Test("a digest ETag, 304 while current; a required If-Match: 428 without, 412 when stale, one winner")
    func settings() async throws {
        let client = try client()
        let read = try await client.get("/settings").expect(.ok)
        let etag = try #require(read.headers[.eTag])
        try await client.get("/settings", headers: [.ifNoneMatch: etag]).expect(.notModified)
        let change = #"{"name":"Warrant","openSignUp":true}"#
        try await client.put("/settings", json: change, as: .admin).expectProblem(.preconditionRequired)
        try await client.put("/settings", json: change, as: .admin, headers: [.ifMatch: #""nope""#]).expectProblem(.preconditionFailed)
        let saved = try await client.put("/settings", json: change, as: .admin, headers: [.ifMatch: etag]).expect(.ok)
        #expect(saved.headers[.eTag] != etag)
        try await client.put("/settings", json: change, as: .admin, headers: [.ifMatch: etag]).expectProblem(.preconditionFailed)
        try await client.get("/settings", headers: [.ifNoneMatch: etag]).expect(.ok)
        // A malformed body is still a 422, even without If-Match: the value's problems come first.
        try await client.put("/settings", json: #"{"name":""}"#, as: .admin).expectProblem(.unprocessableContent)
    }

    @Test("the spec documents If-Match as a required header, and 304, 412 and 428 where they can happen")
    func documented() async throws {
        let spec = try await client().get("/openapi.json").json()
        let put = try #require(spec["paths"]?["/settings"]?["put"])
        let get = try #require(spec["paths"]?["/settings"]?["get"])
        #expect(put["parameters"]?[0]?["name"] == .string("If-Match") && put["parameters"]?[0]?["required"] == .bool(true))
        #expect(put["responses"]?["412"] != nil && put["responses"]?["428"] != nil && put["responses"]?["304"] == nil)
        #expect(get["responses"]?["304"]?["headers"]?["ETag"] != nil && get["responses"]?["200"]?["headers"]?["ETag"] != nil)
        #expect(get["responses"]?["412"] == nil)
    }
}
