/// `Idempotency-Key` support, declared on a route: `@POST("/payments", idempotency: .optional)`.
///
/// The first request with a key runs the handler; its answer — status, headers and body — is recorded with
/// the key, the caller's identity and a fingerprint of the request, in the API's ``IdempotencyStore``. A retry
/// with the same key and the same request gets the recorded answer (with `Idempotent-Replayed: true`)
/// without running the handler again; the same key with another request is a 422; a retry while the first
/// is still running is a 409. Only successful (2xx) answers are recorded: after an error nothing is kept,
/// and a retry runs the handler again. Records are dropped after `retention`.
///
/// With `PostgresIdempotencyStore` the key is claimed, and the answer recorded, in one transaction that
/// the handler's statements on the same pool join: a process killed before it answers leaves neither its
/// writes nor the key behind, so the retry runs once more — no duplicate — and a retry after the commit gets
/// the answer.
public struct Idempotency: Sendable, Hashable {
    /// Whether a request without the header is refused (422) rather than run without protection.
    public var required: Bool
    /// How long an answer is kept for retries, in whole seconds.
    public var retention: Int

    /// The header, optional or required; answers kept for `retention` (a day by default).
    public init(required: Bool = false, retention: Duration = .seconds(86_400)) {
        self.required = required
        self.retention = Int(retention.components.seconds)
    }

    /// An optional `Idempotency-Key`, answers kept for a day.
    public static let optional = Idempotency()
    /// A required `Idempotency-Key`, answers kept for a day.
    public static let required = Idempotency(required: true)

    /// What is wrong with the declaration, if anything, for the start-up checks.
    var declarationProblem: String? {
        retention < 1 ? "keeps answers for under a second; retention is whole seconds, at least 1" : nil
    }
}
