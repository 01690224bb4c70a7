/// What a request has proven about its caller: the type parameter of ``Request``.
///
/// A route's access level is the `Request<…>` type its handler takes. Registering the route registers
/// the lift from the raw request to that state; a request that cannot be lifted never reaches the handler.
/// The framework's states are ``Unauthenticated``, ``Authenticated`` and ``Authorized``, and only those:
/// a route whose request names another conforming type is refused when the server starts, because its
/// document could not say truthfully who may call it.
public protocol AccessState: Sendable {
    /// The evidence a lifted request carries: nothing, an identity, or a role proof.
    associatedtype Evidence: Sendable

    /// Checks the request's credentials and produces the proof, or throws a 401/403 (or 503) problem.
    ///
    /// Only the framework can call this: ``AccessLift`` has no public initialiser.
    static func lift(_ lift: AccessLift) async throws(Problem) -> Evidence
}

/// The framework's own access states: what each requires, for the route table, the gate and the document.
///
/// Internal, so no type outside the framework can claim a requirement its lift does not enforce.
protocol FrameworkAccessState: AccessState {
    /// What the access level requires.
    static var requirement: AccessRequirement { get }
    /// The role the state requires, if any.
    static var requiredRole: (any Role.Type)? { get }
}

extension FrameworkAccessState {
    static var requiredRole: (any Role.Type)? { nil }
}

/// What an access level requires of a caller, as the OpenAPI document and security report show it.
public enum AccessRequirement: Sendable, Hashable {
    /// Anyone may call: the operation declares `security: []`.
    case none
    /// Any valid access token.
    case authenticated
    /// A valid access token that grants this role (directly or through a role that includes it).
    case role(String)

    /// The role names an operation's security requirement lists.
    public var roleNames: [String] {
        if case .role(let name) = self { return [name] }
        return []
    }
}
