internal import CSodium

// Pointer-level Base64 used on the token hot path: it encodes straight into a
// String's storage and decodes straight into the buffer that gets authenticated,
// so a verification never materialises intermediate arrays.
extension Base64URL {
    /// The exact number of characters for `byteCount` bytes, without padding.
    @inline(__always)
    static func encodedCount(forByteCount byteCount: Int) -> Int {
        let tail: Int
        switch byteCount % 3 {
        case 1: tail = 2
        case 2: tail = 3
        default: tail = 0
        }
        return byteCount / 3 * 4 + tail
    }

    /// The exact number of bytes `characterCount` characters decode to, or `nil` when
    /// no unpadded encoding has that length (a remainder of 1 modulo 4).
    @inline(__always)
    static func decodedCount(forCharacterCount characterCount: Int) -> Int? {
        let whole = characterCount / 4 * 3
        switch characterCount % 4 {
        case 0: return whole
        case 2: return whole + 1
        case 3: return whole + 2
        default: return nil
        }
    }

    /// Writes the encoding of `source` at `destination`, followed by a NUL.
    ///
    /// - Precondition: `destination` has room for `encodedCount + 1` bytes; the NUL
    ///   is libsodium's, and callers overwrite or drop it.
    /// - Returns: The number of characters written, excluding the NUL.
    @inline(__always)
    static func encode(_ source: UnsafeRawBufferPointer, into destination: UnsafeMutablePointer<UInt8>) -> Int {
        let count = encodedCount(forByteCount: source.count)
        // `sodium_bin2base64` aborts the process if the room is too small, so the
        // capacity passed is exactly the one libsodium itself computes.
        let room = sodium_base64_encoded_len(source.count, sodium_base64_VARIANT_URLSAFE_NO_PADDING)
        destination.withMemoryRebound(to: CChar.self, capacity: room) { text in
            _ = sodium_bin2base64(
                text, room,
                source.baseAddress?.assumingMemoryBound(to: UInt8.self), source.count,
                sodium_base64_VARIANT_URLSAFE_NO_PADDING
            )
        }
        return count
    }

    /// Decodes `source` into `destination`, which must be exactly the decoded size.
    ///
    /// `ignore` and `b64_end` are NULL on purpose: any character outside the
    /// alphabet, and any non-canonical final character, then fails the call.
    /// - Returns: `true` when the text was valid and filled `destination` exactly.
    @inline(__always)
    static func decode(_ source: UnsafeRawBufferPointer, into destination: UnsafeMutableRawBufferPointer) -> Bool {
        guard decodedCount(forCharacterCount: source.count) == destination.count else { return false }
        if source.isEmpty { return true }
        guard let text = source.baseAddress, let output = destination.baseAddress else { return false }
        var written = 0
        let status = sodium_base642bin(
            output.assumingMemoryBound(to: UInt8.self), destination.count,
            text.assumingMemoryBound(to: CChar.self), source.count,
            nil, &written, nil,
            sodium_base64_VARIANT_URLSAFE_NO_PADDING
        )
        return status == 0 && written == destination.count
    }
}
