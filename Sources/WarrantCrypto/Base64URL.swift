/// Strict, unpadded, URL-safe Base64 (RFC 4648 §5), as PASETO and PASERK require.
///
/// Decoding is backed by libsodium's `sodium_base642bin` with no ignored characters
/// and no early end, so it rejects everything except the one canonical spelling of
/// a byte string: padding (`=`), `+` and `/`, whitespace, a length ≡ 1 (mod 4) and
/// non-zero unused bits in the last character. Foundation's decoder accepts several
/// of those, which would let two different token strings carry the same bytes.
public enum Base64URL {
    /// Encodes bytes as unpadded URL-safe Base64.
    /// - Parameter bytes: The bytes to encode.
    /// - Returns: Text over the alphabet `A-Z a-z 0-9 - _`, without padding.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        withContiguousBytes(bytes) { source in
            let count = encodedCount(forByteCount: source.count)
            // One extra byte because libsodium always writes a NUL terminator.
            return String(unsafeUninitializedCapacity: count + 1) { destination in
                guard let base = destination.baseAddress else { return 0 }
                return encode(source, into: base)
            }
        }
    }

    /// Decodes strict unpadded URL-safe Base64 text.
    /// - Parameter text: The encoded text.
    /// - Returns: The decoded bytes.
    /// - Throws: ``Base64URLError`` when the text is not the canonical encoding of some bytes.
    public static func decode(_ text: some StringProtocol) throws(Base64URLError) -> [UInt8] {
        try decode(utf8: text.utf8)
    }

    /// Decodes strict unpadded URL-safe Base64 given as UTF-8 bytes.
    /// - Parameter text: The encoded text's UTF-8 bytes.
    /// - Returns: The decoded bytes.
    /// - Throws: ``Base64URLError`` when the text is not the canonical encoding of some bytes.
    public static func decode(utf8 text: some Collection<UInt8>) throws(Base64URLError) -> [UInt8] {
        let decoded: [UInt8]? = withContiguousBytes(text) { source in
            guard let count = decodedCount(forCharacterCount: source.count) else { return nil }
            var valid = true
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { destination, initialized in
                valid = decode(source, into: UnsafeMutableRawBufferPointer(destination))
                initialized = valid ? count : 0
            }
            return valid ? bytes : nil
        }
        guard let decoded else { throw Base64URLError() }
        return decoded
    }
}
