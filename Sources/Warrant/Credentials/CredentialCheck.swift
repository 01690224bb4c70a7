/// A verifier's answer for one credential.
public enum CredentialCheck: Sendable, Equatable {
    /// The credential is valid now.
    case verified(VerifiedCredential)
    /// The credential is not valid; the caller gets a uniform 401 that never says why.
    case refused(CredentialRefusal)
    /// The credential cannot be checked right now (its keys or its database cannot be reached): 503 with
    /// `Retry-After`, so a client does not throw away a credential that may be good.
    case unavailable(retryAfterSeconds: Int)

    /// The verified credential, if any.
    public var verified: VerifiedCredential? {
        if case .verified(let credential) = self { return credential }
        return nil
    }
}

/// Why a credential was refused: for logs and metrics, never for the caller.
public enum CredentialRefusal: String, Error, Sendable, CaseIterable {
    /// Not the verifier's format, or not decodable.
    case malformed
    /// Longer than the verifier accepts.
    case tooLarge
    /// Signed by a key the server does not know (or no key named).
    case unknownKey
    /// An algorithm other than the one pinned to its key.
    case wrongAlgorithm
    /// The signature does not verify.
    case badSignature
    /// Past its expiry.
    case expired
    /// Before its not-before time.
    case notYetValid
    /// Issued in the future.
    case issuedInFuture
    /// From another issuer.
    case wrongIssuer
    /// For another audience, or for one when the server names none.
    case wrongAudience
    /// A claim is missing, of the wrong type, or not the required value.
    case invalidClaims
    /// Revoked (an API key).
    case revoked
    /// Unknown to the server (an API key that does not exist).
    case unknownCredential
}
