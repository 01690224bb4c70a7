/// The route template of a matched request, as the OpenAPI document writes it (`/todos/{id}`), from
/// Hummingbird's form (`/todos/:id`): what logs, metrics and spans name — never the raw path, which holds ids.
struct RouteTemplates: Sendable {
    private let templates: [String: String]

    init(_ paths: [String]) {
        var templates: [String: String] = [:]
        for path in paths { templates[RoutePath.hummingbird(path)] = path }
        self.templates = templates
    }

    /// The template of Hummingbird's matched endpoint path; `unmatched` when nothing matched.
    func template(of endpointPath: String?) -> String {
        guard let endpointPath else { return "unmatched" }
        return templates[endpointPath] ?? endpointPath
    }
}
