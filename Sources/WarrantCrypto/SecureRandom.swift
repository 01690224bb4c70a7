internal import CSodium

/// Cryptographically secure random bytes from libsodium (`randombytes_buf`).
public enum SecureRandom {
    /// `count` random bytes.
    ///
    /// - Throws: ``SodiumError/initializationFailed`` when libsodium cannot start (no random source).
    public static func bytes(_ count: Int) throws(SodiumError) -> [UInt8] {
        try Sodium.ensureInitialized()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { randombytes_buf(base, buffer.count) }
        }
        return bytes
    }
}
