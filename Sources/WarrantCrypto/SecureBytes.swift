internal import CSodium

/// Key material in libsodium's guarded memory, wiped when released.
///
/// The bytes live in a `sodium_malloc` region: guard pages on both sides catch
/// overruns, a canary catches underruns, the pages are locked against swapping where
/// the system allows it, and they are made read-only once filled. On release the
/// region is zeroed with `sodium_memzero` and handed back with `sodium_free`.
///
/// Each instance costs a few pages of address space, which suits a handful of
/// long-lived keys, not per-request data.
public final class SecureBytes: @unchecked Sendable {
    // Why `@unchecked Sendable` is sound: `pointer` and `count` are `let`s set once in
    // `init`, the region is read-only (`sodium_mprotect_readonly`) from the end of
    // `init` until `deinit`, and the only access is `withUnsafeBytes`, which reads.
    // Concurrent readers of immutable memory cannot race.
    private let pointer: UnsafeMutableRawPointer

    /// The number of bytes held.
    public let count: Int

    /// Allocates guarded memory and lets `initializer` fill it exactly once.
    ///
    /// - Parameters:
    ///   - count: The number of bytes.
    ///   - allocationFailure: The error to throw when libsodium cannot allocate or
    ///     initialise, so each caller keeps its own typed error.
    ///   - initializer: Writes all `count` bytes; if it throws, the memory is wiped
    ///     and released before the error propagates.
    init<Failure: Error>(
        count: Int,
        allocationFailure: Failure,
        initializer: (UnsafeMutableRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        // `sodium_malloc` depends on `sodium_init` (it needs the page size).
        guard Sodium.isReady, let region = sodium_malloc(max(count, 1)) else { throw allocationFailure }
        do throws(Failure) {
            try initializer(UnsafeMutableRawBufferPointer(start: region, count: count))
        } catch {
            sodium_memzero(region, max(count, 1))
            sodium_free(region)
            throw error
        }
        // Hardening only: a failure leaves the memory writable but still guarded.
        _ = sodium_mprotect_readonly(region)
        self.pointer = region
        self.count = count
    }

    /// Copies bytes into guarded memory.
    ///
    /// The elements are copied one by one into the guarded region, so no unzeroed
    /// intermediate array is created by this call.
    /// - Parameter bytes: The bytes to protect.
    /// - Throws: ``SodiumError`` when libsodium is unavailable or out of memory.
    public convenience init(copying bytes: some Collection<UInt8>) throws(SodiumError) {
        let failure: SodiumError = Sodium.isReady ? .allocationFailed : .initializationFailed
        try self.init(count: bytes.count, allocationFailure: failure) {
            (destination: UnsafeMutableRawBufferPointer) throws(SodiumError) in
            for (offset, byte) in zip(destination.indices, bytes) {
                destination[offset] = byte
            }
        }
    }

    /// Gives read-only access to the bytes for the duration of `body`.
    ///
    /// Do not let the pointer escape: the memory is wiped and unmapped when the last
    /// reference to this object goes away.
    /// - Parameter body: Reads the bytes.
    /// - Returns: Whatever `body` returns.
    public func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    deinit {
        // Writable again first: zeroing read-only pages would fault.
        _ = sodium_mprotect_readwrite(pointer)
        // `sodium_free` also wipes, but the explicit wipe keeps the guarantee visible
        // here rather than relying on an implementation detail.
        sodium_memzero(pointer, max(count, 1))
        sodium_free(pointer)
    }
}
