extension PASETO.V4 {
    /// v4.local: encrypted and authenticated tokens for a single party holding a shared key.
    ///
    /// XChaCha20 encrypts, keyed BLAKE2b authenticates (encrypt-then-MAC); it is not
    /// the XChaCha20-Poly1305 AEAD. The footer is authenticated but **not** encrypted.
    public enum Local {
        /// The exact header every v4.local token starts with.
        static let header: StaticString = "v4.local."

        /// The size of the random nonce `n` at the start of the body.
        static let nonceByteCount = 32

        /// The size of the BLAKE2b tag `t` at the end of the body.
        static let tagByteCount = 32
    }
}
