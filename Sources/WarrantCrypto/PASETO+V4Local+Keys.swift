internal import CSodium

extension PASETO.V4.Local {
    /// Per-token keys derived from the long-term key and the nonce, in caller scratch.
    ///
    /// Scratch layout (``byteCount`` bytes): Ak(32) ‖ Ek(32) ‖ n2(24) ‖ input(56).
    /// Callers wipe it with `sodium_memzero` once done.
    struct DerivedKeys {
        /// Bytes of scratch this needs.
        static let byteCount = 32 + 56 + 56

        private static let encryptionInfo: StaticString = "paseto-encryption-key"
        private static let authenticationInfo: StaticString = "paseto-auth-key-for-aead"

        /// The start of the scratch region.
        let base: UnsafeMutablePointer<UInt8>

        /// The BLAKE2b MAC key Ak.
        var authenticationKey: UnsafeMutablePointer<UInt8> { base }
        /// The XChaCha20 key Ek.
        var encryptionKey: UnsafeMutablePointer<UInt8> { base + 32 }
        /// The XChaCha20 nonce n2.
        var streamNonce: UnsafeMutablePointer<UInt8> { base + 64 }
        /// Where the hash input info ‖ n is assembled.
        private var input: UnsafeMutablePointer<UInt8> { base + 88 }

        /// Ak = BLAKE2b-256(key = k, "paseto-auth-key-for-aead" ‖ n).
        func deriveAuthenticationKey(key: UnsafeRawBufferPointer, nonce: UnsafeRawPointer) {
            let count = hashInput(Self.authenticationInfo, nonce: nonce)
            _ = crypto_generichash(authenticationKey, 32, input, UInt64(count), key.baseAddress?.assumingMemoryBound(to: UInt8.self), key.count)
        }

        /// Ek ‖ n2 = BLAKE2b-448(key = k, "paseto-encryption-key" ‖ n).
        func deriveEncryptionKey(key: UnsafeRawBufferPointer, nonce: UnsafeRawPointer) {
            let count = hashInput(Self.encryptionInfo, nonce: nonce)
            _ = crypto_generichash(encryptionKey, 56, input, UInt64(count), key.baseAddress?.assumingMemoryBound(to: UInt8.self), key.count)
        }

        /// Writes info ‖ n into `input` and returns its length.
        private func hashInput(_ info: StaticString, nonce: UnsafeRawPointer) -> Int {
            let infoCount = info.utf8CodeUnitCount
            info.withUTF8Buffer { bytes in
                if let source = bytes.baseAddress { input.update(from: source, count: infoCount) }
            }
            UnsafeMutableRawPointer(input + infoCount).copyMemory(from: nonce, byteCount: nonceByteCount)
            return infoCount + nonceByteCount
        }

        /// Wipes every derived key.
        func wipe() {
            sodium_memzero(base, Self.byteCount)
        }
    }
}
