extension PASETO {
    /// The contents of a token whose signature or tag has been checked.
    ///
    /// Only ``PASETO/V4/Public`` and ``PASETO/V4/Local`` create it, and only after
    /// authentication succeeded, so holding one means the bytes are genuine. Claims
    /// (expiry, issuer, audience) still have to be validated by the caller.
    public struct VerifiedToken: Sendable, Hashable {
        /// The message: for v4.public the signed payload, for v4.local the decrypted plaintext.
        public let payload: [UInt8]
        /// The authenticated footer bytes, empty when the token had none.
        public let footer: [UInt8]

        init(payload: [UInt8], footer: [UInt8]) {
            self.payload = payload
            self.footer = footer
        }
    }
}
