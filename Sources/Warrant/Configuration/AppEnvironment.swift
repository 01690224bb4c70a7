/// Which configuration a process runs with (`APP_ENV`): it picks `Config/<environment>.json`.
public enum AppEnvironment: String, Sendable, CaseIterable {
    /// A developer's machine: generated keys, docs on, verbose logs.
    case development
    /// The test suite.
    case test
    /// A deployment: secrets only from the environment, development helpers refuse to run.
    case production
}
