internal import CSodium

/// Cryptographic digests over byte strings.
public enum Digest {
    /// SHA-512 of `bytes`, base64-encoded with padding (the form subresource integrity uses).
    public static func sha512Base64(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha512_BYTES))
        _ = crypto_hash_sha512(&digest, bytes, UInt64(bytes.count))
        return StandardBase64.encode(digest)
    }
}

/// RFC 4648 base64 with padding, for values that are not secret and not parsed back.
enum StandardBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int((value >> UInt32(shift)) & 63)]) }
            index += 3
        }
        let remaining = bytes.count - index
        if remaining > 0 {
            var value = UInt32(bytes[index]) << 16
            if remaining == 2 { value |= UInt32(bytes[index + 1]) << 8 }
            out.append(alphabet[Int((value >> 18) & 63)])
            out.append(alphabet[Int((value >> 12) & 63)])
            out.append(remaining == 2 ? alphabet[Int((value >> 6) & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Digest {
    /// BLAKE2b-256 of `bytes` (libsodium's `crypto_generichash`): a collision-resistant key for caches.
    public static func blake2b256(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        // Hash in place when the bytes are contiguous (a String's UTF-8 usually is); copy only otherwise.
        let hashedInPlace: Void? = bytes.withContiguousStorageIfAvailable { input in
            _ = crypto_generichash(&digest, 32, input.baseAddress, UInt64(input.count), nil, 0)
        }
        if hashedInPlace == nil {
            let input = Array(bytes)
            _ = crypto_generichash(&digest, 32, input, UInt64(input.count), nil, 0)
        }
        return digest
    }
}

extension Digest {
    /// BLAKE2b with a 32-byte key and a 16-byte output (libsodium's keyed `crypto_generichash`): a MAC, for
    /// values the server hands out and must recognise unaltered when they come back.
    public static func keyedBlake2b128(_ bytes: [UInt8], key: [UInt8]) -> [UInt8] {
        precondition(key.count == 32, "a 32-byte key")
        var mac = [UInt8](repeating: 0, count: 16)
        _ = crypto_generichash(&mac, 16, bytes, UInt64(bytes.count), key, key.count)
        return mac
    }
}
