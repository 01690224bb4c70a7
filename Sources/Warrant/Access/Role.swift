/// A role a caller can hold, declared as a type: `enum Admin: Role { static let name = "admin" }`.
///
/// A role may include others (`typealias Includes = Roles<Member, Auditor>`): a caller holding the including
/// role is admitted wherever an included one is required, and its proof narrows with ``Proof/included()``.
/// Nothing converts the other way, so a member's proof can never become an admin's.
///
/// The server checks the roles once, before it does anything else: each role name belongs to exactly one
/// type, names are distinct ignoring case, and no role includes itself through others. The same checked
/// ``RoleGraph`` decides who the gate admits, what the OpenAPI document's scopes and requirements say and
/// what the security report prints.
public protocol Role: Sendable {
    /// The role's name in tokens and in the OpenAPI document: letters, digits, `_`, `-`, `.` or `:`,
    /// starting with a letter.
    static var name: String { get }
    /// What the role allows, for the documentation (the OAuth2 scope description).
    static var summary: String { get }
    /// The roles this one includes, as ``Roles``; ``NoRoles`` when it includes none.
    associatedtype Includes: RoleSet = NoRoles
}

extension Role {
    /// "The <name> role."
    public static var summary: String { "The \(name) role." }
}
