import WarrantCrypto

/// The key that seals page cursors, so a cursor that comes back altered — or from another listing — is
/// refused instead of read.
///
/// Every instance serving an API must share it for a cursor from one to work on another: set
/// `PAGINATION_KEY` (32 random bytes, base64url; docs/20 shows a command that makes one) — without it each
/// process draws its own, and a cursor only works on the process that made it.
public struct CursorKey: Sendable {
    private let bytes: [UInt8]

    /// The key from its base64url text; `nil` unless it is 32 bytes.
    public init?(base64URL text: String) {
        guard let bytes = try? Base64URL.decode(text), bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// This process's own random key: what an API uses unless given one.
    public static let processDefault = CursorKey.random()

    /// A fresh random key, for one process.
    public static func random() -> CursorKey {
        // The system generator is the kernel's CSPRNG (getrandom on Linux) and cannot fail.
        var generator = SystemRandomNumberGenerator()
        return CursorKey(bytes: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The key as base64url text, for `PAGINATION_KEY`.
    public var base64URL: String { Base64URL.encode(bytes) }

    /// `payload` and its MAC over `payload` and `scope`, as base64url text.
    func seal(_ payload: [UInt8], scope: String) -> String {
        Base64URL.encode(payload + Digest.keyedBlake2b128(payload + Array(scope.utf8), key: bytes))
    }

    /// The payload of `text` if this key sealed it for `scope`, unaltered; `nil` otherwise.
    func open(_ text: some StringProtocol, scope: String) -> [UInt8]? {
        guard text.utf8.count <= 128, let sealed = try? Base64URL.decode(text), sealed.count > 16 else { return nil }
        let payload = Array(sealed.dropLast(16))
        let expected = Digest.keyedBlake2b128(payload + Array(scope.utf8), key: bytes)
        return ConstantTime.equals(sealed.suffix(16), expected) ? payload : nil
    }
}
