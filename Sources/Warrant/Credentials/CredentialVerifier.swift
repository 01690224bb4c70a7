/// Checks one kind of credential — Warrant's own PASETO token, an identity provider's JWT, an API key — and
/// says whose it is.
///
/// The application lists its verifiers in ``AccessGate/init(verifiers:roles:passwordLoginURL:)``; for each
/// request the gate takes the credential the request carries (one only), and the first verifier, in that
/// order, whose ``scheme`` carries it and which ``recognizes(_:)`` it decides. A verifier answers a
/// ``VerifiedCredential`` — a subject and role *names* — never an ``Identity`` or a ``Proof``: only the gate
/// builds those, after limiting the roles to what the scheme may grant and checking them against the role
/// graph. So a custom verifier can say who a caller is, but it cannot hand a handler a proof.
public protocol CredentialVerifier: Sendable {
    /// Where the credential travels, and how the OpenAPI document describes it.
    var scheme: CredentialScheme { get }

    /// Whether `credential` has this verifier's format: a cheap look at its shape, no cryptography.
    ///
    /// Two bearer verifiers (PASETO and OIDC, say) share the `Authorization` header; each recognises its own
    /// token format, and a token no verifier recognises is refused with 401.
    func recognizes(_ credential: Substring) -> Bool

    /// Checks `credential`: whose it is, or why it is refused, or that it cannot be checked right now.
    func verify(_ credential: Substring) async -> CredentialCheck

    /// Checks `credential` without waiting, when this verifier can (its keys are in memory and nothing needs
    /// fetching); `nil` sends the gate to ``verify(_:)``.
    ///
    /// The gate asks this first on every request: answering here saves an asynchronous call. Answer what
    /// ``verify(_:)`` would; the default answers `nil`.
    func checkWithoutWaiting(_ credential: Substring) -> CredentialCheck?
}

extension CredentialVerifier {
    /// Every credential in the scheme's place is this verifier's.
    public func recognizes(_ credential: Substring) -> Bool { true }

    /// Nothing without waiting: every credential goes to ``verify(_:)``.
    public func checkWithoutWaiting(_ credential: Substring) -> CredentialCheck? { nil }
}
