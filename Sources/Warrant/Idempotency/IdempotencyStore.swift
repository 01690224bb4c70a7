import Foundation

/// Where idempotent routes' answers are kept: ``InMemoryIdempotencyStore`` for one process, or
/// `PostgresIdempotencyStore` so retries reach the answer on any instance and survive a crash.
public protocol IdempotencyStore: Sendable {
    /// Claims `request`'s key for it: runs it, replays the recorded answer, or says why neither.
    func claim(_ request: IdempotentRequest) async throws -> IdempotencyClaim
}

/// One request to an idempotent route, as the store sees it.
public struct IdempotencyRequestKey: Sendable, Hashable {
    /// Whose key it is: the caller's issuer and subject, or empty on a public route.
    public var scope: String
    /// The `Idempotency-Key`.
    public var key: String

    /// A key in a caller's scope.
    public init(scope: String, key: String) {
        self.scope = scope
        self.key = key
    }
}

/// A request to an idempotent route: its key and what makes it the same request.
public struct IdempotentRequest: Sendable {
    /// The caller's key.
    public var key: IdempotencyRequestKey
    /// A digest of the method, target, content type and body: a retry's must be equal.
    public var fingerprint: [UInt8]
    /// When the request arrived.
    public var now: Date
    /// How long a recorded answer is kept, in seconds.
    public var retention: Int

    /// A request.
    public init(key: IdempotencyRequestKey, fingerprint: [UInt8], now: Date, retention: Int) {
        self.key = key
        self.fingerprint = fingerprint
        self.now = now
        self.retention = retention
    }
}

/// What a claim on a key gives.
public enum IdempotencyClaim: Sendable {
    /// The key is this request's: run the handler through the reservation, then record or release.
    case run(any IdempotencyReservation)
    /// The key's answer is recorded: send it again.
    case replay(RecordedResponse)
    /// The key was used for another request (422).
    case mismatch
    /// The key's first request is still running (409).
    case inProgress
}

/// A key claimed for one request: the handler runs through ``run(_:)``, then the claim is completed or
/// released.
public protocol IdempotencyReservation: Sendable {
    /// Runs the handler (a PostgreSQL store runs it with its transaction joined).
    func run(_ handler: () async throws -> RouteResponse) async throws -> RouteResponse
    /// Keeps the handler's work, recording its answer for retries when there is one (a streamed answer is
    /// not recorded); a PostgreSQL store commits the handler's writes with it.
    func complete(recording response: RecordedResponse?) async throws
    /// Forgets the claim, keeping nothing (a PostgreSQL store rolls back).
    func release() async
}
