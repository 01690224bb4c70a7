extension PASETO.V4 {
    /// v4.public: Ed25519-signed, readable tokens.
    ///
    /// The payload is signed, not encrypted: anyone holding the token can read it.
    /// Use it for access tokens that services verify with a public key.
    public enum Public {
        /// The exact header every v4.public token starts with.
        static let header: StaticString = "v4.public."

        /// The size of an Ed25519 signature.
        static let signatureByteCount = 64
    }
}
