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

    /// The same evidence for each role `R` includes: an admin's proof is also a member's.
    ///
    /// One included role gives one proof (`let member: Proof<Member> = admin.included()`); several give a
    /// tuple in the order `Includes` lists them (`let (member, auditor) = admin.included()`). It exists only
    /// where `R.Includes` is `Roles<…>`, so no proof converts to a role its type does not include.
    public func included<each Included: Role>() -> (repeat Proof<each Included>) where R.Includes == Roles<repeat each Included> {
        (repeat Proof<each Included>(identity))
    }
}
