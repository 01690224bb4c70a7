import Warrant
import WarrantPostgres

/// The template's API: assembles routes, security and limits.
///
/// This is the file to edit when you add a route group: every group is included here, whatever the
/// dependencies, so `api openapi` (offline) and `api serve` describe the same API.
public enum AppAPI {
    /// The API's identity in its OpenAPI document.
    public static let info = APIInfo(
        title: "Warrant Todo API",
        version: "1.0.0",
        summary: "A todo list per member, protected by role types and PASETO tokens, API keys or your identity provider's tokens.",
        description: """
            The template API of Warrant. Sign in with `POST /auth/token` (or the Authorize dialog's password \
            flow), or paste a bearer token, then call the todo routes.
            """
    )

    /// Where the OAuth2 password grant is served.
    static let loginPath = "/auth/token"

    /// The API with `dependencies`; the spec is the same whatever they are.
    public static func make(server: ServerSettings = ServerSettings(), dependencies: AppDependencies = .offline) -> API {
        let now = dependencies.now
        let signsIn = dependencies.credentials.kinds.contains(.paseto)
        let gate = AccessGate(verifiers: dependencies.verifiers(), roles: AppRoles.all, passwordLoginURL: signsIn ? loginPath : nil)
        let login = LoginService(
            users: dependencies.users,
            hasher: dependencies.passwordHashing ?? dependencies.passwordHasher,
            issuer: dependencies.auth?.tokenIssuer(now: now),
            limiter: dependencies.signInLimiter,
            pendingHashes: PendingHashes(capacity: dependencies.signInLimiter.limits.maximumPendingHashes),
            now: now,
            threads: dependencies.threads
        )
        var api = API(
            info: info,
            gate: gate,
            limits: server.limits,
            docs: server.docs,
            commonProblems: [.databaseUnavailable],
            readiness: dependencies.readiness,
            cors: server.cors,
            clientAddresses: server.clientAddresses,
            operations: server.operations
        ) { routes in
            // The password login issues PASETO tokens: served only when they are accepted.
            if signsIn { routes.include(AuthRoutes(login: login)) }
            routes.include(TodoRoutes(store: dependencies.todos))
            routes.include(TodoAttachmentRoutes(store: dependencies.todos))
            routes.include(MeRoutes())
            routes.include(AdminRoutes(todos: dependencies.todos, users: dependencies.users, apiKeys: dependencies.apiKeys))
            // New route groups go here (`api new resource` adds them above this line).
        }
        api.cursorKey = server.cursorKey
        api.rateLimitStore = dependencies.rateLimitStore
        api.now = now
        api.idempotencyStore = dependencies.idempotencyStore
        return api
    }
}
