import Synchronization

/// A bound on password hashes running or queued at once: Argon2id takes tens of milliseconds and 64 MiB
/// each, so a flood of sign-ins must be refused (503), never queued without limit.
final class PendingHashes: Sendable {
    private let count = Mutex(0)
    /// The most hashes at once.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Takes a place, or `false` when all are taken.
    func enter() -> Bool {
        count.withLock { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
    }

    /// Gives a place back.
    func leave() {
        count.withLock { $0 = max(0, $0 - 1) }
    }
}
