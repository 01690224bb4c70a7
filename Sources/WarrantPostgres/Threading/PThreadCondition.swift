#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A pthread condition variable used together with a ``PThreadMutex``.
///
/// On Linux the condition measures timeouts on the monotonic clock, so that a
/// wall-clock change cannot stretch or shorten the pool's acquire timeout.
///
/// `@unchecked Sendable`: the condition variable is a synchronisation primitive;
/// its storage is allocated once and only touched through pthread calls.
final class PThreadCondition: @unchecked Sendable {
    private let pointer: UnsafeMutablePointer<pthread_cond_t>

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: pthread_cond_t())
        #if canImport(Darwin)
        pthread_cond_init(pointer, nil)
        #else
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(pointer, &attributes)
        pthread_condattr_destroy(&attributes)
        #endif
    }

    deinit {
        pthread_cond_destroy(pointer)
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    /// Waits until signalled. The caller holds `mutex`; it is held again on return.
    func wait(on mutex: PThreadMutex) {
        pthread_cond_wait(pointer, mutex.pointer)
    }

    /// Waits until signalled or until the monotonic clock reaches `deadline`
    /// (nanoseconds, see ``MonotonicClock``). The caller holds `mutex`.
    func wait(on mutex: PThreadMutex, untilNanoseconds deadline: UInt64) {
        #if canImport(Darwin)
        let now = MonotonicClock.nanoseconds()
        let remaining = deadline > now ? deadline - now : 0
        var relative = timespec(
            tv_sec: Int(remaining / 1_000_000_000),
            tv_nsec: Int(remaining % 1_000_000_000)
        )
        pthread_cond_timedwait_relative_np(pointer, mutex.pointer, &relative)
        #else
        var absolute = timespec()
        absolute.tv_sec = Int(deadline / 1_000_000_000)
        absolute.tv_nsec = Int(deadline % 1_000_000_000)
        pthread_cond_timedwait(pointer, mutex.pointer, &absolute)
        #endif
    }

    func signal() {
        pthread_cond_signal(pointer)
    }

    func broadcast() {
        pthread_cond_broadcast(pointer)
    }
}
