/// What a request has proven about its caller: the type parameter of ``Request``.
///
/// A route's access level is the `Request<…>` type its handler takes. Registering the route registers
/// the lift from the raw request to that state; a request that cannot be lifted never reaches the handler.
/// The framework's states are ``Unauthenticated``, ``Authenticated`` and ``Authorized``.
public protocol AccessState: Sendable {
    /// The evidence a lifted request carries: nothing, an identity, or a role proof.
    associatedtype Evidence: Sendable

    /// What the OpenAPI document says this access level requires.
    static var requirement: AccessRequirement { get }

    /// The role names this state requires, outermost first (`["admin", "member"]` for
    /// `Authorized<Admin>` when admins include members); empty when it requires no role.
    static var roleChain: [String] { get }

    /// Checks the request's credentials and produces the proof, or throws a 401/403 problem.
    ///
    /// Only the framework can call this: ``AccessLift`` has no public initialiser.
    static func lift(_ lift: AccessLift) throws(Problem) -> Evidence
}

extension AccessState {
    /// No role.
    public static var roleChain: [String] { [] }
}

/// What an access level requires of a caller, as the OpenAPI document and security report show it.
public enum AccessRequirement: Sendable, Hashable {
    /// Anyone may call: the operation declares `security: []`.
    case none
    /// Any valid access token.
    case authenticated
    /// A valid access token that grants this role (directly or through a role that implies it).
    case role(String)

    /// The role names an operation's security requirement lists.
    public var roleNames: [String] {
        if case .role(let name) = self { return [name] }
        return []
    }
}
