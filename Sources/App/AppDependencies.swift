import Foundation
import NIOPosix
import Warrant
import WarrantCrypto
import WarrantPostgres

/// Everything the routes depend on, in one value: the stores, the token verifier and issuer, the clock.
///
/// `make` builds the production set from a database and the auth settings; a test swaps any field
/// (FastAPI's `dependency_overrides`) before building the API.
public struct AppDependencies: Sendable {
    var todos: any TodoStore
    var users: any UserStore
    /// Checks access tokens; `nil` answers 401 to every protected route.
    public var verifier: AccessTokenVerifier?
    /// Issues access tokens at sign-in; `nil` when this process only verifies.
    public var issuer: AccessTokenIssuer?
    /// Password hashing parameters.
    public var passwordHasher: PasswordHasher
    /// How failed sign-ins are slowed.
    var loginThrottle: LoginThrottle
    /// Where blocking work (Argon2id) runs.
    public var threads: NIOThreadPool

    /// The production dependencies: PostgreSQL stores on `database`, tokens per `auth`.
    public static func live(database: any PostgresQueryable, auth: AuthSettings, now: @escaping @Sendable () -> Date = Date.init) -> AppDependencies {
        AppDependencies(
            todos: PostgresTodoStore(database: database),
            users: PostgresUserStore(database: database),
            verifier: auth.tokenVerifier(now: now),
            issuer: auth.tokenIssuer(now: now),
            passwordHasher: PasswordHasher(),
            loginThrottle: LoginThrottle(now: now),
            threads: .singleton
        )
    }

    /// Dependencies without a database or keys: enough to build the spec (`api openapi`).
    public static var offline: AppDependencies {
        AppDependencies(
            todos: InMemoryTodoStore(),
            users: UnavailableUserStore(),
            verifier: nil,
            issuer: nil,
            passwordHasher: PasswordHasher(),
            loginThrottle: LoginThrottle(),
            threads: .singleton
        )
    }
}

/// A user store for processes without a database: every call fails as the database being unavailable.
struct UnavailableUserStore: UserStore {
    private var unavailable: DatabaseError { DatabaseError(kind: .unavailable, diagnostics: .init(message: "no database configured")) }

    func create(email: String, passwordHash: String, roles: [String]) async throws -> User { throw unavailable }
    func credentials(forEmail email: String) async throws -> StoredCredentials? { throw unavailable }
    func updatePasswordHash(userID: UUID, hash: String) async throws { throw unavailable }
    func all(by proof: Proof<Admin>, limit: Int, offset: Int) async throws -> [User] { throw unavailable }
}
