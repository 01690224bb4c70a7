import Warrant

// A role lattice with more than one inclusion: a lead includes an admin, who includes a member and an
// auditor; the two are unrelated.

/// Reads everything, changes nothing.
enum LatticeAuditor: Role {
    static let name = "auditor"
    static let summary = "Read every record."
}

/// Manages their own records.
enum LatticeMember: Role {
    static let name = "member"
}

/// A member and an auditor at once, plus administration.
enum LatticeAdmin: Role {
    static let name = "admin"
    typealias Includes = Roles<LatticeMember, LatticeAuditor>
}

/// Above the admins.
enum LatticeLead: Role {
    static let name = "lead"
    typealias Includes = Roles<LatticeAdmin>
}

/// One route per role of the lattice.
@Routes(tag: "lattice")
struct LatticeRoutes {
    /// Members.
    @GET("/member")
    func member(_ request: Request<Authorized<LatticeMember>>) -> NoContent { NoContent() }

    /// Auditors.
    @GET("/auditor")
    func auditor(_ request: Request<Authorized<LatticeAuditor>>) -> NoContent { NoContent() }

    /// Admins: the proof narrows to both included roles.
    @GET("/admin")
    func admin(_ request: Request<Authorized<LatticeAdmin>>) -> NoContent {
        let (member, auditor): (Proof<LatticeMember>, Proof<LatticeAuditor>) = request.proof.included()
        _ = (member.subject, auditor.subject)
        return NoContent()
    }

    /// Leads: the proof narrows to an admin's, and on to a member's.
    @GET("/lead")
    func lead(_ request: Request<Authorized<LatticeLead>>) -> NoContent {
        let admin: Proof<LatticeAdmin> = request.proof.included()
        let (member, _) = admin.included()
        _ = member.subject
        return NoContent()
    }
}

// Mistakes a role declaration can make; each must stop the server before it serves.

/// Copy-pasted from a member role, with an admin inclusion added: it would make every member an admin.
enum StaffNamedMember: Role {
    static let name = "member"
    typealias Includes = Roles<LatticeAdmin>
}

/// A route that requires the copy-pasted role.
@Routes(tag: "staff")
struct StaffRoutes {
    /// Staff.
    @GET("/staff")
    func staff(_ request: Request<Authorized<StaffNamedMember>>) -> NoContent { NoContent() }
}

/// `Admin` with a capital letter: distinct from `admin` only to a careful reader.
enum CapitalAdmin: Role {
    static let name = "Admin"
}

/// Two roles that include each other.
enum CycleA: Role {
    static let name = "cycle-a"
    typealias Includes = Roles<CycleB>
}

/// The other half of the cycle.
enum CycleB: Role {
    static let name = "cycle-b"
    typealias Includes = Roles<CycleA>
}

/// A role that includes itself.
enum SelfIncluding: Role {
    static let name = "self"
    typealias Includes = Roles<SelfIncluding>
}

/// A role set of its own, which no type-level conversion exists for.
struct HandMadeRoleSet: RoleSet {}

/// A role whose inclusions the types do not show.
enum HiddenInclusion: Role {
    static let name = "hidden"
    typealias Includes = HandMadeRoleSet
}

/// Names no token, scope or comma-separated list should carry.
enum BadlyNamed: Role {
    static let name = "two words"
}

/// An empty name.
enum Unnamed: Role {
    static let name = ""
}

/// An access state of the application's own, claiming nothing the framework checks.
enum HomeMadeAccess: AccessState {
    struct Evidence: Sendable {}
    static func lift(_ lift: AccessLift) throws(Problem) -> Evidence { Evidence() }
}

/// A route on the home-made access state.
@Routes(tag: "home-made")
struct HomeMadeRoutes {
    /// Looks protected.
    @GET("/home-made")
    func homeMade(_ request: Request<HomeMadeAccess>) -> NoContent { NoContent() }
}
