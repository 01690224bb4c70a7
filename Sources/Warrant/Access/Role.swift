/// A role a caller can hold, declared as a type: `enum Admin: Role { static let name = "admin" }`.
///
/// A role may include another (`typealias Includes = Member`): a caller with the including role is
/// admitted wherever the included one is required, and its proof converts with ``Proof/included``.
/// There is no conversion the other way, so a member's proof can never become an admin's.
public protocol Role: Sendable {
    /// The role's name in tokens and in the OpenAPI document.
    static var name: String { get }
    /// What the role allows, for the documentation (the OAuth2 scope description).
    static var summary: String { get }
    /// The role this one includes; ``NoRole`` when it includes none.
    associatedtype Includes: Role = NoRole
}

extension Role {
    /// "The <name> role."
    public static var summary: String { "The \(name) role." }

    /// This role's name followed by the names of every role it includes, outermost first.
    static var chain: [String] {
        var names: [String] = []
        var current: any Role.Type = Self.self
        while current != NoRole.self, !names.contains(current.name) {
            names.append(current.name)
            current = current.includedRole
        }
        return names
    }

    /// The included role as a metatype, for walking the chain at run time.
    static var includedRole: any Role.Type { Includes.self }
}

/// The end of a role chain: a role that includes nothing.
public enum NoRole: Role {
    /// No name: no token grants it.
    public static var name: String { "" }
}
