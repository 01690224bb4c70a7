import Warrant
import WarrantCrypto
import WarrantJSON

/// A JWS compact serialization (`header.payload.signature`) taken apart strictly, before any signature check.
///
/// Each segment must be unpadded base64url and the header and payload strict JSON (no duplicate member,
/// bounded size): what a token says is read one way only. The signature is checked by the key pinned to
/// the header's `kid` (``PinnedKey``), never by a key or algorithm the token names itself.
struct CompactJWT {
    /// The header's `alg`.
    let algorithm: String
    /// The header's `kid`.
    let keyID: String
    /// The payload's members.
    let claims: JSONObject
    /// The bytes the signature covers: `header.payload` as sent.
    let signingInput: Substring.UTF8View
    /// The decoded signature.
    let signature: [UInt8]

    /// Bounds for a header or payload: generous for groups, small enough to refuse abuse.
    static let limits = JSONLimits(maxDepth: 8, maxStringLength: 4096, maxKeysPerObject: 128, maxArrayLength: 512, maxNumberLength: 32)
    /// The `typ` values of a JWT access or ID token (RFC 7519 §5.1, RFC 9068 §2.1), compared ignoring case.
    static let acceptedTypes: Set<String> = ["jwt", "at+jwt", "application/at+jwt"]

    /// Takes `token` apart, or says why it cannot be read.
    static func parse(_ token: Substring) -> Result<CompactJWT, CredentialRefusal> {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty,
              let headerBytes = try? Base64URL.decode(parts[0]),
              let payloadBytes = try? Base64URL.decode(parts[1]),
              let signature = try? Base64URL.decode(parts[2]),
              case .object(let header)? = try? JSONParser.parse(headerBytes, limits: limits),
              case .object(let claims)? = try? JSONParser.parse(payloadBytes, limits: limits)
        else { return .failure(.malformed) }
        // `crit` names extensions the verifier must understand; it understands none, so it refuses them.
        guard header["crit"] == nil else { return .failure(.malformed) }
        if let type = header["typ"] {
            guard case .string(let text) = type, acceptedTypes.contains(text.lowercased()) else { return .failure(.malformed) }
        }
        guard case .string(let algorithm)? = header["alg"] else { return .failure(.malformed) }
        guard case .string(let keyID)? = header["kid"], !keyID.isEmpty else { return .failure(.unknownKey) }
        let signed = token.utf8.prefix(parts[0].utf8.count + 1 + parts[1].utf8.count)
        return .success(CompactJWT(algorithm: algorithm, keyID: keyID, claims: claims, signingInput: signed, signature: signature))
    }
}
