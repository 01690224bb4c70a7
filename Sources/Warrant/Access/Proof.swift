/// Evidence that the caller holds role `R` (directly or through a role that includes it).
///
/// A handler on a `Request<Authorized<R>>` route receives one as `request.proof`; privileged domain
/// operations take it as a parameter, so they cannot be called without it. It has no public initialiser:
/// only the framework's access lift, after verifying a token, creates one.
public struct Proof<R: Role>: Sendable {
    /// The verified identity the proof rests on.
    public let identity: Identity

    init(_ identity: Identity) {
        self.identity = identity
    }

    /// The caller's user id, for scoping data to its owner.
    public var subject: String { identity.subject }

    /// The same evidence for the role `R` includes (an admin's proof is also a member's).
    public var included: Proof<R.Includes> { Proof<R.Includes>(identity) }
}
