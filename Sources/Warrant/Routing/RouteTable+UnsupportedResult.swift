extension RouteTable {
    /// A handler whose result cannot be a response: the build's one error, naming the fix (the closure
    /// `@Routes` writes stays well-typed, so nothing else is reported).
    @available(
        *, unavailable,
        message: "a handler returns a @Schema type or an array of them, String, NoContent, Created<T>, Accepted<T> or NoStore<T> (or nothing, for 204): mark the returned type @Schema"
    )
    public mutating func add<Access: AccessState, Output>(
        _ endpoint: Endpoint,
        inputs: [any RouteInputDescriptor],
        problems: [any DocumentedProblems.Type],
        dependencies: [DependencyKey] = [],
        handler: @escaping @Sendable (Request<Access>, RouteInput) async throws -> Output
    ) {}
}

/// A handler with dependencies whose result cannot be a response. Reached only after the unavailable
/// `RouteTable.add` has failed the build; it keeps that the only error.
public func withDependencies<Access: AccessState, Output>(
    _ request: Request<Access>,
    _ input: RouteInput,
    _ body: (DependencyScope) async throws -> Output
) async throws -> Output {
    let scope = DependencyScope(registry: input.dependencies)
    do {
        let output = try await body(scope)
        try await scope.finish(.success)
        return output
    } catch {
        try? await scope.finish(.failure(error))
        throw error
    }
}
