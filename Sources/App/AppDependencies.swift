import Foundation
import NIOPosix
import Warrant
import WarrantCrypto
import WarrantOIDC
import WarrantPostgres

/// Everything the routes depend on, in one value: the stores, the credentials accepted, the token issuer, the clock.
///
/// `make` builds the production set from a database and the auth settings; a test swaps any field
/// (FastAPI's `dependency_overrides`) before building the API.
public struct AppDependencies: Sendable {
    var todos: any TodoStore
    var users: any UserStore
    var apiKeys: any APIKeyStore
    // New stores go here (`api new resource` adds them above this line).
    /// PASETO token keys, issuer name and lifetime; `nil` (no keys) refuses every PASETO token.
    public var auth: AuthSettings?
    /// Which credentials are accepted, in which order, with their settings.
    public var credentials: CredentialSettings = .default
    /// Where an OpenID Connect provider's discovery document and keys come from (HTTPS; swapped in tests).
    public var providerDocuments: any ProviderDocuments = HTTPProviderDocuments()
    /// The current time, for token validity and sign-in throttling.
    public var now: @Sendable () -> Date
    /// Password hashing parameters.
    public var passwordHasher: PasswordHasher
    /// Replaces `passwordHasher` for signing in (tests count the hashes a burst reaches).
    var passwordHashing: (any PasswordHashing)?
    /// Where sign-in attempts are counted, and by which limits: the database (``live(database:auth:credentials:)``),
    /// or this process's memory (offline, and tests that swap it).
    var signInLimiter: any SignInLimiter = InMemorySignInLimiter()
    /// Where rate limits are counted: the database (``live(database:auth:credentials:)``), or this process's memory.
    var rateLimitStore: any RateLimitStore = InMemoryRateLimitStore()
    /// Where idempotent routes keep their answers: the database, with the handler's writes, or this process's memory.
    var idempotencyStore: any IdempotencyStore = InMemoryIdempotencyStore()
    /// Where blocking work (Argon2id) runs.
    public var threads: NIOThreadPool
    /// What `/health/ready` checks.
    public var readiness: [ReadinessCheck] = []

    /// The production dependencies: PostgreSQL stores on `database`, PASETO tokens per `auth`, the
    /// `credentials` accepted.
    public static func live(database: PostgresPool, auth: AuthSettings?, credentials: CredentialSettings = .default) -> AppDependencies {
        var dependencies = AppDependencies(
            todos: PostgresTodoStore(database: database),
            users: PostgresUserStore(database: database),
            apiKeys: PostgresAPIKeyStore(database: database),
            // New PostgreSQL stores go here (`api new resource` adds them above this line).
            auth: auth,
            credentials: credentials,
            now: Date.init,
            passwordHasher: PasswordHasher(),
            threads: .singleton
        )
        // Counted in the database: the limits hold across every process that shares it.
        dependencies.signInLimiter = PostgresSignInLimiter(database: database)
        dependencies.rateLimitStore = PostgresRateLimitStore(database: database)
        // The handlers' statements on this pool commit with the recorded answer: no duplicate after a crash.
        dependencies.idempotencyStore = PostgresIdempotencyStore(pool: database)
        dependencies.readiness = [
            ReadinessCheck("database") { _ = try await database.queryValue("SELECT 1", as: Int32.self) },
            AppDatabase.migrationsCheck(database),
        ]
        return dependencies
    }

    /// Dependencies without a database or keys, accepting the default credentials: enough to build the spec.
    public static var offline: AppDependencies { offline(credentials: .default) }

    /// Dependencies without a database or keys, accepting `credentials`: enough to build the spec the
    /// configuration describes (`api openapi`).
    public static func offline(credentials: CredentialSettings) -> AppDependencies {
        AppDependencies(
            todos: InMemoryTodoStore(),
            users: UnavailableUserStore(),
            apiKeys: InMemoryAPIKeyStore(),
            // New in-memory stores go here (`api new resource` adds them above this line).
            auth: nil,
            credentials: credentials,
            now: Date.init,
            passwordHasher: PasswordHasher(),
            threads: .singleton
        )
    }
}

extension AppDependencies {
    /// The credential verifiers, in the configured order.
    func verifiers() -> [any CredentialVerifier] {
        credentials.kinds.compactMap { kind -> (any CredentialVerifier)? in
            switch kind {
            case .paseto:
                let grantable = credentials.pasetoGrantableRoles
                return auth?.tokenVerifier(grantableRoles: grantable, now: now)
                    ?? AccessTokenVerifier(keyring: PublicKeyring([]), issuer: "", cacheCapacity: 0, grantableRoles: grantable)
            case .oidc:
                return credentials.oidc.map { OIDCVerifier(settings: $0, documents: providerDocuments, now: now) }
            case .apiKey:
                return APIKeyVerifier(directory: apiKeys, header: credentials.apiKeyHeader, grantableRoles: credentials.apiKeyGrantableRoles, now: now)
            }
        }
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
