import Synchronization

/// One request's dependencies: each built at most once, and their cleanups, run when the handler is done —
/// in reverse order, whatever happened.
public final class DependencyScope: Sendable {
    private struct State {
        var values: [ObjectIdentifier: any Sendable] = [:]
        var cleanups: [@Sendable (DependencyOutcome) async throws -> Void] = []
    }

    private let state = Mutex(State())
    private let registry: DependencyRegistry

    init(registry: DependencyRegistry) {
        self.registry = registry
    }

    /// The request's value of type `Value`, built by its provider on first use.
    public func value<Value: Sendable, Access: AccessState>(_ type: Value.Type, for request: Request<Access>) async throws -> Value {
        let key = ObjectIdentifier(Value.self)
        if let cached = state.withLock({ $0.values[key] }) as? Value { return cached }
        guard let provider = registry.provider(for: key) else {
            throw Problem(status: .internalServerError)
        }
        let built = try await provider.erasedValue(for: request, in: self)
        guard let value = built as? Value else { throw Problem(status: .internalServerError) }
        state.withLock { $0.values[key] = value }
        return value
    }

    /// Runs `cleanup` when the request is done, with how it ended: after the handler returned (before the
    /// response is sent) or threw. Cleanups run last-registered first; one that throws on success turns the
    /// outcome into that failure for the rest, and the request answers its error.
    public func onExit(_ cleanup: @escaping @Sendable (DependencyOutcome) async throws -> Void) {
        state.withLock { $0.cleanups.append(cleanup) }
    }

    /// Runs the cleanups for `outcome`; rethrows the first error a cleanup threw on a success.
    func finish(_ outcome: DependencyOutcome) async throws {
        var outcome = outcome
        var failure: (any Error)?
        let cleanups = state.withLock { state in
            defer { state.cleanups.removeAll() }
            return state.cleanups
        }
        for cleanup in cleanups.reversed() {
            do {
                try await cleanup(outcome)
            } catch {
                if failure == nil, outcome.succeeded { failure = error }
                outcome = .failure(failure ?? error)
            }
        }
        if let failure { throw failure }
    }
}

/// Runs a handler that takes dependencies: a scope for them, then their cleanups with the outcome.
///
/// `@Routes` writes the calls; nothing else needs to.
public func withDependencies<Access: AccessState, Output: ResponseRepresentable>(
    _ request: Request<Access>,
    _ input: RouteInput,
    _ body: (DependencyScope) async throws -> Output
) async throws -> Output {
    let scope = DependencyScope(registry: input.dependencies)
    let output: Output
    do {
        output = try await body(scope)
    } catch {
        // The handler's error is the answer, whatever a cleanup thinks of it.
        try? await scope.finish(.failure(error))
        throw error
    }
    // A result that answers 4xx or 5xx without throwing is a failure too: its transaction rolls back.
    try await scope.finish(output.isSuccessful ? .success : .failure(UnsuccessfulResponse(status: output.makeResponse().status)))
    return output
}
