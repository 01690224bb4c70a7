#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain pthread mutex.
///
/// The pool needs a mutex that condition variables can wait on, which neither
/// `Synchronization.Mutex` nor `NSLock` expose, so this wraps the POSIX one.
///
/// `@unchecked Sendable`: the mutex is the synchronisation primitive itself; its
/// storage is allocated once, never reassigned, and only touched through pthread calls.
final class PThreadMutex: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: pthread_mutex_t())
        pthread_mutex_init(pointer, nil)
    }

    deinit {
        pthread_mutex_destroy(pointer)
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    func lock() {
        pthread_mutex_lock(pointer)
    }

    func unlock() {
        pthread_mutex_unlock(pointer)
    }

    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock()
        defer { unlock() }
        return try body()
    }
}
