internal import CSodium

/// Comparisons whose duration does not depend on where two secrets differ.
public enum ConstantTime {
    /// Compares two byte sequences in time that depends only on their length.
    ///
    /// Use it for every comparison involving a secret or a value an attacker tries to
    /// guess byte by byte (MACs, tokens, API keys, reset codes). Lengths are public:
    /// different lengths return `false` at once, and only the length leaks.
    /// - Parameters:
    ///   - a: The first byte sequence.
    ///   - b: The second byte sequence.
    /// - Returns: `true` when both hold the same bytes.
    public static func equals(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return withContiguousBytes(a) { left in
            withContiguousBytes(b) { right in
                equals(left, right)
            }
        }
    }

    /// Raw-buffer form used internally, for example for the v4.local tag.
    @inline(__always)
    static func equals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return a.isEmpty }
        // `sodium_memcmp` touches every byte and returns only equal (0) or not (-1).
        return sodium_memcmp(left, right, a.count) == 0
    }
}
