import WarrantJSON

/// What every route shares at run time: the access gate and the input limits.
struct RouteEnvironment: Sendable {
    /// Verifies credentials for protected routes.
    let gate: AccessGate
    /// Request input limits.
    let limits: InputLimits
}
