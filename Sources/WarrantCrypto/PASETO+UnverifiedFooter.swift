extension PASETO {
    /// The largest footer ``unverifiedFooter(of:maximumByteCount:)`` decodes by default.
    ///
    /// A `{"kid":"k4.pid.…"}` footer is 59 bytes; 1 KiB leaves room for a few more
    /// fields while keeping unauthenticated work small.
    public static let defaultMaximumFooterByteCount = 1024

    /// Reads a v4 token's footer **without** authenticating it.
    ///
    /// Use it for one thing only: reading the `kid` to choose a key from your own key
    /// store, then verify the token with that key and use the footer returned by the
    /// verification. Anything read here is attacker-controlled: never take key
    /// material from it, fail closed on an unknown kid, and bound the JSON you parse.
    /// - Parameters:
    ///   - token: A `v4.public.` or `v4.local.` token.
    ///   - maximumByteCount: The largest decoded footer accepted.
    /// - Returns: The footer bytes, empty when the token has no footer.
    /// - Throws: ``PASETOError`` when the token is not v4, is malformed, the footer is
    ///   not strict Base64 or exceeds `maximumByteCount`.
    public static func unverifiedFooter(
        of token: String,
        maximumByteCount: Int = defaultMaximumFooterByteCount
    ) throws(PASETOError) -> [UInt8] {
        try withContiguousBytes(token.utf8) { bytes -> Result<[UInt8], PASETOError> in
            var segments = TokenSegments.split(bytes, expecting: "v4.public.")
            if case .failure(.wrongPurpose) = segments {
                segments = TokenSegments.split(bytes, expecting: "v4.local.")
            }
            return segments.flatMap { segments in
                // Bound the text before decoding anything.
                guard segments.footer.count <= Base64URL.encodedCount(forByteCount: max(0, maximumByteCount)) else {
                    return .failure(.footerTooLarge)
                }
                guard let count = Base64URL.decodedCount(forCharacterCount: segments.footer.count) else {
                    return .failure(.invalidEncoding)
                }
                var valid = true
                let footer = [UInt8](unsafeUninitializedCapacity: count) { destination, initialized in
                    valid = Base64URL.decode(segments.footer, into: UnsafeMutableRawBufferPointer(destination))
                    initialized = valid ? count : 0
                }
                return valid ? .success(footer) : .failure(.invalidEncoding)
            }
        }.get()
    }
}
