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
    // New stores go here (`api new resource` adds them above this line).
    /// Token keys, issuer name and lifetime; `nil` (no keys) answers 401 to every protected route.
    public var auth: AuthSettings?
    /// The current time, for token validity and sign-in throttling.
    public var now: @Sendable () -> Date
    /// Password hashing parameters.
    public var passwordHasher: PasswordHasher
    /// Where blocking work (Argon2id) runs.
    public var threads: NIOThreadPool
    /// What `/health/ready` checks.
    public var readiness: [ReadinessCheck] = []

    /// The production dependencies: PostgreSQL stores on `database`, tokens per `auth`.
    public static func live(database: any PostgresQueryable, auth: AuthSettings) -> AppDependencies {
        var dependencies = AppDependencies(
            todos: PostgresTodoStore(database: database),
            users: PostgresUserStore(database: database),
            // New PostgreSQL stores go here (`api new resource` adds them above this line).
            auth: auth,
            now: Date.init,
            passwordHasher: PasswordHasher(),
            threads: .singleton
        )
        dependencies.readiness = [
            ReadinessCheck("database") { _ = try await database.queryValue("SELECT 1", as: Int32.self) },
            AppDatabase.migrationsCheck(database),
        ]
        return dependencies
    }

    /// Dependencies without a database or keys: enough to build the spec (`api openapi`).
    public static var offline: AppDependencies {
        AppDependencies(
            todos: InMemoryTodoStore(),
            users: UnavailableUserStore(),
            // New in-memory stores go here (`api new resource` adds them above this line).
            auth: nil,
            now: Date.init,
            passwordHasher: PasswordHasher(),
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
