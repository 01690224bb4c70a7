/// Evidence that rests on a verified identity: an ``Identity`` itself, or a ``Proof``.
protocol IdentityEvidence {
    /// The identity the evidence rests on.
    var verifiedIdentity: Identity { get }
}

extension Identity: IdentityEvidence {
    var verifiedIdentity: Identity { self }
}

extension Proof: IdentityEvidence {
    var verifiedIdentity: Identity { identity }
}
