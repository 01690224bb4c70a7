/// A list of roles, the only kind of ``RoleSet``: `typealias Includes = Roles<Member, Auditor>`.
///
/// It has no instances; the type only names its members.
public struct Roles<each Member: Role>: RoleSet {
    private init() {}
}

/// The roles a role includes: write it as ``Roles`` (`Roles<Member>`), or ``NoRoles``.
///
/// Any other conforming type is refused when the server starts: the type-level conversions
/// (``Proof/included()``) exist only for ``Roles``, so any other set would let the gate admit what the
/// types do not show.
public protocol RoleSet: Sendable {}

/// A role that includes no other.
public typealias NoRoles = Roles< >

/// What the framework reads of a ``Roles`` list. Internal, so no other type can claim members.
protocol RoleListing {
    /// The member role types, in declaration order.
    static var members: [any Role.Type] { get }
}

extension Roles: RoleListing {
    static var members: [any Role.Type] {
        var members: [any Role.Type] = []
        for member in repeat (each Member).self {
            members.append(member)
        }
        return members
    }
}
