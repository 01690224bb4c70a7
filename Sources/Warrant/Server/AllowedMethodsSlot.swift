import Synchronization

/// Where the middleware finds the ``AllowedMethods``, which can only be built after every route is added —
/// and the router captures its middleware as each route is added.
final class AllowedMethodsSlot: Sendable {
    private let storage = Mutex<AllowedMethods?>(nil)

    /// Sets the table once the routes are known.
    func fill(_ methods: AllowedMethods) {
        storage.withLock { $0 = methods }
    }

    /// The table; `nil` before it is filled.
    var methods: AllowedMethods? { storage.withLock { $0 } }
}
