/// Translations of OpenAPI path templates.
enum RoutePath {
    /// `/todos/{id}` → `/todos/:id`, Hummingbird's capture syntax.
    static func hummingbird(_ template: String) -> String {
        template.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
        }.joined(separator: "/")
    }
}
