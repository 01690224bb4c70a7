internal import CSodium

/// The process-wide libsodium state.
///
/// libsodium must be initialised once before its random generator and its memory
/// allocator are used. Every entry point of this module that needs that does so
/// implicitly; you only call ``ensureInitialized()`` to fail fast at start-up.
public enum Sodium {
    /// `sodium_init()` runs exactly once, on first use.
    ///
    /// A Swift `static let` is initialised lazily under a once-guard, so concurrent
    /// first uses are safe; `sodium_init` is itself idempotent (it returns 1 when
    /// already initialised) and only fails (-1) when the platform cannot provide it
    /// what it needs, such as a random source. That can only happen at start-up,
    /// never because of request input.
    private static let initializationResult: Int32 = sodium_init()

    /// Whether libsodium is ready for use; computing it triggers initialisation.
    static var isReady: Bool {
        initializationResult >= 0
    }

    /// Initialises libsodium if that has not happened yet.
    ///
    /// Call it while starting a server so a broken platform stops the process with a
    /// clear error instead of failing the first key generation.
    /// - Throws: ``SodiumError/initializationFailed`` when `sodium_init()` fails.
    public static func ensureInitialized() throws(SodiumError) {
        guard isReady else { throw .initializationFailed }
    }
}
