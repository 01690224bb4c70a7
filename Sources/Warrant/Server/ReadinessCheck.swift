/// Something `/health/ready` checks before saying the server can take traffic (such as the database).
public struct ReadinessCheck: Sendable {
    /// A short name, reported when the check fails.
    public let name: String
    /// Throws when not ready.
    public let check: @Sendable () async throws -> Void

    /// A named check.
    public init(_ name: String, check: @escaping @Sendable () async throws -> Void) {
        self.name = name
        self.check = check
    }
}
