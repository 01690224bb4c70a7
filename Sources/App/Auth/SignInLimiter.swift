import Foundation

/// Where sign-in attempts are counted: reserved atomically when admitted, settled after the password check,
/// so a concurrent burst cannot pass the limits more times than they allow.
protocol SignInLimiter: Sendable {
    /// The limits it counts by.
    var limits: SignInLimits { get }
    /// Admits `attempt` at `now` (reserving it) or says how long to wait.
    func admit(_ attempt: SignInAttempt, at now: Date) async throws -> SignInAdmission
    /// Settles an admitted attempt.
    func settle(_ attempt: SignInAttempt, _ outcome: SignInOutcome, at now: Date) async throws
}
