import WarrantJSON

/// What every route shares at run time: the access gate and the input limits.
///
/// A class so that handing it to a route per request is one reference count, not one per field.
final class RouteEnvironment: Sendable {
    /// Verifies credentials for protected routes.
    let gate: AccessGate
    /// Request input limits.
    let limits: InputLimits
    /// How a request's client address is told.
    let clientAddresses: ClientAddresses
    /// The dependency providers.
    let dependencies: DependencyRegistry
    /// The key page cursors are sealed with.
    let cursorKey: CursorKey
    /// Where rate limits are counted, and the clock.
    let rateLimits: RateLimiting
    /// Where idempotent routes' answers are kept.
    let idempotency: any IdempotencyStore

    /// The environment of an API's routes.
    init(
        gate: AccessGate, limits: InputLimits, clientAddresses: ClientAddresses, dependencies: DependencyRegistry, cursorKey: CursorKey,
        rateLimits: RateLimiting = RateLimiting(), idempotency: any IdempotencyStore = InMemoryIdempotencyStore()
    ) {
        self.cursorKey = cursorKey
        self.rateLimits = rateLimits
        self.idempotency = idempotency
        self.gate = gate
        self.limits = limits
        self.clientAddresses = clientAddresses
        self.dependencies = dependencies
    }
}
