/// A value a handler receives per request, built from the lifted request: the current user's row, a tenant,
/// a database transaction — FastAPI's `Depends`, with `yield` as ``DependencyScope/onExit(_:)``.
///
/// A handler asks for one by its value type, `@Depends tx: PostgresTransaction`; the API supplies it with
/// ``RouteTable/provide(_:)`` (`routes.provide(PostgresTransactions(pool: pool))`), so a test overrides it by
/// providing another for the same value type. A provider may resolve others through the scope; each is built
/// at most once per request. Handlers that ask for none pay nothing.
public protocol RequestDependency: Sendable {
    /// What the handler receives.
    associatedtype Value: Sendable

    /// Builds the value for one request; registers cleanup with `scope.onExit`.
    ///
    /// The request is already lifted: its proof (``Request/identity``) is verified. Throwing answers the
    /// request with the error's problem (a ``Problem`` or a documented error).
    func value<Access: AccessState>(for request: Request<Access>, in scope: DependencyScope) async throws -> Value

    /// The problems building the value can answer, documented on every operation that depends on it.
    static var problems: [any DocumentedProblems.Type] { get }
}

extension RequestDependency {
    /// None.
    public static var problems: [any DocumentedProblems.Type] { [] }
}
