import Foundation
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
    /// Where rate limits are counted.
    let rateLimitStore: any RateLimitStore
    /// Where idempotent routes' answers are kept.
    let idempotencyStore: any IdempotencyStore
    /// The current time.
    let now: @Sendable () -> Date

    /// The environment of an API's routes.
    init(
        gate: AccessGate, limits: InputLimits, clientAddresses: ClientAddresses, dependencies: DependencyRegistry, cursorKey: CursorKey,
        rateLimitStore: any RateLimitStore, idempotencyStore: any IdempotencyStore, now: @escaping @Sendable () -> Date
    ) {
        self.cursorKey = cursorKey
        self.rateLimitStore = rateLimitStore
        self.idempotencyStore = idempotencyStore
        self.now = now
        self.gate = gate
        self.limits = limits
        self.clientAddresses = clientAddresses
        self.dependencies = dependencies
    }
}
