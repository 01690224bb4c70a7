import JWTKit
import WarrantJSON

/// One signing key of the provider's JWKS with the one algorithm it verifies: the `alg` the JWK states, or
/// the only one Warrant accepts for its key type (RSA → RS256, EC P-256 → ES256, OKP Ed25519 → EdDSA).
///
/// A token whose header names another algorithm for this `kid` is refused: the token never chooses how it
/// is checked (no `none`, no HS256 keyed with the public key, no RS/PS or curve switching).
struct PinnedKey: Sendable {
    /// The algorithms accepted, by JWK key type.
    enum Algorithm: String, Sendable, CaseIterable {
        case rs256 = "RS256"
        case es256 = "ES256"
        case edDSA = "EdDSA"
    }

    /// The key's `kid`.
    let id: String
    /// The pinned algorithm.
    let algorithm: Algorithm
    /// jwt-kit's verifier for this key and algorithm.
    let verifier: any JWTAlgorithm
    /// A fingerprint of the key material, to tell whether a refetched key set changed.
    let fingerprint: String

    /// Whether `signature` signs `input` with this key.
    func verifies(_ signature: [UInt8], signs input: Substring.UTF8View) -> Bool {
        (try? verifier.verify(signature, signs: Array(input))) ?? false
    }

    /// The key a JWK describes, or why it is skipped (another use, an algorithm Warrant does not accept,
    /// missing or malformed members).
    static func make(from jwk: JSONObject) async -> Result<PinnedKey, SkippedKey> {
        guard case .string(let id)? = jwk["kid"], !id.isEmpty else { return .failure(SkippedKey(id: nil, reason: "no kid")) }
        func text(_ name: String) -> String? { if case .string(let value)? = jwk[name] { value } else { nil } }
        if let use = jwk["use"], use != .string("sig") { return .failure(SkippedKey(id: id, reason: "use is not sig")) }
        let stated = text("alg")
        let algorithm: Algorithm
        switch (text("kty"), text("crv")) {
        case ("RSA"?, _): algorithm = .rs256
        case ("EC"?, "P-256"?): algorithm = .es256
        case ("OKP"?, "Ed25519"?): algorithm = .edDSA
        default: return .failure(SkippedKey(id: id, reason: "key type \(text("kty") ?? "?") \(text("crv") ?? "") is not RSA, EC P-256 or OKP Ed25519"))
        }
        if let stated, stated != algorithm.rawValue {
            return .failure(SkippedKey(id: id, reason: "alg \(stated) is not accepted (only \(algorithm.rawValue) for this key type)"))
        }
        let keys = JWTKeyCollection()
        let kid = JWKIdentifier(string: id)
        do {
            switch algorithm {
            case .rs256:
                guard let n = text("n"), let e = text("e") else { return .failure(SkippedKey(id: id, reason: "no n or e")) }
                // RSA keys under 2048 bits are refused by swift-crypto's key type itself.
                await keys.add(rsa: try Insecure.RSA.PublicKey(modulus: n, exponent: e), digestAlgorithm: .sha256, kid: kid)
            case .es256:
                guard let x = text("x"), let y = text("y") else { return .failure(SkippedKey(id: id, reason: "no x or y")) }
                await keys.add(ecdsa: try ES256PublicKey(parameters: (x, y)), kid: kid)
            case .edDSA:
                guard let x = text("x") else { return .failure(SkippedKey(id: id, reason: "no x")) }
                await keys.add(eddsa: try EdDSA.PublicKey(x: x, curve: .ed25519), kid: kid)
            }
            let verifier = try await keys.getKey(for: kid)
            let material = ["kty", "crv", "n", "e", "x", "y"].map { text($0) ?? "" }.joined(separator: ".")
            return .success(PinnedKey(id: id, algorithm: algorithm, verifier: verifier, fingerprint: id + "|" + algorithm.rawValue + "|" + material))
        } catch {
            return .failure(SkippedKey(id: id, reason: "malformed key material"))
        }
    }
}

/// A JWK the verifier does not use, and why (for the log).
struct SkippedKey: Error, Sendable, Equatable {
    let id: String?
    let reason: String
}
