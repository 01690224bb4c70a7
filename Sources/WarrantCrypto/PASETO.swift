/// Namespace for Platform-Agnostic Security Tokens.
///
/// Only version 4 exists here, and each purpose has its own type and its own key
/// type, so a key can never be used with the wrong algorithm ("algorithm
/// lucidity"): ``PASETO/V4/Public`` takes ``PASETOSecretKey`` and
/// ``PASETOPublicKey``; ``PASETO/V4/Local`` takes ``PASETOLocalKey``.
public enum PASETO {
    /// PASETO version 4: Ed25519 for `public`, XChaCha20 with a BLAKE2b MAC for `local`.
    public enum V4 {}
}
