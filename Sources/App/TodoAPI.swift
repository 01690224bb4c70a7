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
        description: "The template API of Warrant. Sign in with `POST /auth/token`, then call the todo routes with the token."
    )

    /// The API with the given server settings.
    public static func make(server: ServerSettings = ServerSettings()) -> API {
        let store = InMemoryTodoStore()
        return API(info: info, limits: server.limits, docs: server.docs) { routes in
            routes.include(TodoRoutes(store: store))
        }
    }
}
