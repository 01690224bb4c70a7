import Warrant

// docs/05: a role that includes several others.

/// A signed-up user.
enum Member: Role {
    static let name = "member"
    static let summary = "Manage your own records."
}

/// Reads everything, changes nothing.
enum Auditor: Role {
    static let name = "auditor"
    static let summary = "Read every record."
}

/// Staff: a member and an auditor at once, plus administration.
enum Admin: Role {
    static let name = "admin"
    static let summary = "Everything a member and an auditor may do, plus administration."
    typealias Includes = Roles<Member, Auditor>
}

/// An audit that demands an auditor's proof.
func audit(by proof: Proof<Auditor>) -> String {
    "audited by \(proof.subject)"
}

/// An admin's proof narrows to each role it includes, in the order `Includes` lists them.
func adminAudits(_ request: Request<Authorized<Admin>>) -> String {
    let (_, auditor) = request.proof.included()
    return audit(by: auditor)
}
