import Warrant

/// The template's API: assembles routes, security and limits from the settings.
///
/// This is the file to edit when you add a route group.
public enum TodoAPI {
    /// The API's identity in its OpenAPI document.
    public static let info = APIInfo(
        title: "Warrant Todo API",
        version: "1.0.0",
        summary: "A todo list per member, protected by PASETO tokens and role types.",
        description: "The template API of Warrant. Authorize with a bearer token, then call the todo routes."
    )

    /// The API.
    ///
    /// - Parameters:
    ///   - server: Limits and docs options.
    ///   - verifier: How access tokens are checked; without one, protected routes answer 401 (the spec is
    ///     the same, which is how `api openapi` prints it without keys).
    public static func make(server: ServerSettings = ServerSettings(), verifier: AccessTokenVerifier? = nil) -> API {
        let store = InMemoryTodoStore()
        let gate = AccessGate(verifier: verifier, roles: [Admin.self, Member.self])
        return API(info: info, gate: gate, limits: server.limits, docs: server.docs) { routes in
            routes.include(TodoRoutes(store: store))
            routes.include(MeRoutes())
            routes.include(AdminRoutes(store: store))
        }
    }
}
