internal import CSodium

extension PASETO.V4.Local {
    /// Authenticates and decrypts a v4.local token.
    ///
    /// The header must be exactly `v4.local.` and every segment strict Base64. The tag
    /// over the nonce, ciphertext, received footer and given implicit assertion is
    /// compared in constant time **before** anything is decrypted.
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: The symmetric key chosen for this token.
    ///   - implicitAssertion: The same context bytes the encrypter bound in.
    /// - Returns: The plaintext payload and the authenticated footer.
    /// - Throws: ``PASETOError``; treat every case as "not authenticated".
    public static func decrypt(
        _ token: String,
        with key: PASETOLocalKey,
        implicitAssertion: [UInt8] = []
    ) throws(PASETOError) -> PASETO.VerifiedToken {
        try withContiguousBytes(token.utf8) { decrypt(token: $0, key: key, implicitAssertion: implicitAssertion) }.get()
    }

    /// Authenticates and decrypts a v4.local token given as a substring, without copying it.
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: The symmetric key chosen for this token.
    ///   - implicitAssertion: The same context bytes the encrypter bound in.
    /// - Returns: The plaintext payload and the authenticated footer.
    /// - Throws: ``PASETOError``; treat every case as "not authenticated".
    public static func decrypt(
        _ token: Substring,
        with key: PASETOLocalKey,
        implicitAssertion: [UInt8] = []
    ) throws(PASETOError) -> PASETO.VerifiedToken {
        try withContiguousBytes(token.utf8) { decrypt(token: $0, key: key, implicitAssertion: implicitAssertion) }.get()
    }

    /// Authenticates and decrypts a v4.local token given as UTF-8 bytes.
    /// - Parameters:
    ///   - token: The token's UTF-8 bytes.
    ///   - key: The symmetric key chosen for this token.
    ///   - implicitAssertion: The same context bytes the encrypter bound in.
    /// - Returns: The plaintext payload and the authenticated footer.
    /// - Throws: ``PASETOError``; treat every case as "not authenticated".
    public static func decrypt(
        utf8 token: some Collection<UInt8>,
        with key: PASETOLocalKey,
        implicitAssertion: [UInt8] = []
    ) throws(PASETOError) -> PASETO.VerifiedToken {
        try withContiguousBytes(token) { decrypt(token: $0, key: key, implicitAssertion: implicitAssertion) }.get()
    }

    private static func decrypt(
        token: UnsafeRawBufferPointer,
        key: PASETOLocalKey,
        implicitAssertion: [UInt8]
    ) -> Result<PASETO.VerifiedToken, PASETOError> {
        key.storage.withUnsafeBytes { key in
            implicitAssertion.withUnsafeBytes { assertion in
                decrypt(token: token, key: key, implicitAssertion: assertion)
            }
        }
    }

    /// The decryption itself, with one scratch allocation.
    ///
    /// Scratch layout: PAE(header, n, c, f, i) ‖ t ‖ t2 ‖ derived keys. The body
    /// n ‖ c ‖ t is decoded so that c lands at its PAE position; n is then moved
    /// back to its own position and t behind the PAE, and the footer is decoded in place.
    private static func decrypt(
        token: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer,
        implicitAssertion: UnsafeRawBufferPointer
    ) -> Result<PASETO.VerifiedToken, PASETOError> {
        let segments: TokenSegments
        switch TokenSegments.split(token, expecting: header) {
        case .success(let found): segments = found
        case .failure(let error): return .failure(error)
        }
        guard let bodyCount = Base64URL.decodedCount(forCharacterCount: segments.body.count),
              let footerCount = Base64URL.decodedCount(forCharacterCount: segments.footer.count)
        else { return .failure(.invalidEncoding) }
        guard bodyCount >= nonceByteCount + tagByteCount else { return .failure(.bodyTooShort) }

        let headerCount = header.utf8CodeUnitCount
        let ciphertextCount = bodyCount - nonceByteCount - tagByteCount
        let paeCount = PAE.byteCount(pieceCount: 5, pieceBytes: headerCount + nonceByteCount + ciphertextCount + footerCount + implicitAssertion.count)
        let nonceOffset = 8 + (8 + headerCount) + 8
        let ciphertextOffset = nonceOffset + nonceByteCount + 8
        let scratchCount = paeCount + 2 * tagByteCount + DerivedKeys.byteCount

        return withUnsafeTemporaryAllocation(byteCount: scratchCount, alignment: 16) { scratch in
            guard let raw = scratch.baseAddress else { return .failure(.malformedToken) }
            let base = raw.bindMemory(to: UInt8.self, capacity: scratchCount)
            let receivedTag = base + paeCount
            let computedTag = receivedTag + tagByteCount
            let keys = DerivedKeys(base: computedTag + tagByteCount)
            defer { keys.wipe() }

            // Decode n ‖ c ‖ t so that c starts at its final offset.
            let bodyStart = base + ciphertextOffset - nonceByteCount
            guard Base64URL.decode(segments.body, into: UnsafeMutableRawBufferPointer(start: bodyStart, count: bodyCount)) else {
                return .failure(.invalidEncoding)
            }
            let ciphertext = base + ciphertextOffset
            UnsafeMutableRawPointer(receivedTag).copyMemory(from: ciphertext + ciphertextCount, byteCount: tagByteCount)
            let nonce = base + nonceOffset
            UnsafeMutableRawPointer(nonce).copyMemory(from: bodyStart, byteCount: nonceByteCount)

            var writer = PAE.Writer(at: UnsafeMutableRawPointer(base))
            writer.writeLength(5)
            header.withUTF8Buffer { writer.writePiece(UnsafeRawBufferPointer($0)) }
            writer.writeLength(nonceByteCount)
            writer.skip(nonceByteCount)
            writer.writeLength(ciphertextCount)
            writer.skip(ciphertextCount)
            writer.writeLength(footerCount)
            let footer = writer.cursor
            guard Base64URL.decode(segments.footer, into: UnsafeMutableRawBufferPointer(start: footer, count: footerCount)) else {
                return .failure(.invalidEncoding)
            }
            writer.skip(footerCount)
            writer.writePiece(implicitAssertion)

            keys.deriveAuthenticationKey(key: key, nonce: nonce)
            _ = crypto_generichash(computedTag, tagByteCount, base, UInt64(paeCount), keys.authenticationKey, 32)
            guard ConstantTime.equals(
                UnsafeRawBufferPointer(start: receivedTag, count: tagByteCount),
                UnsafeRawBufferPointer(start: computedTag, count: tagByteCount)
            ) else { return .failure(.invalidAuthenticationTag) }

            // Authenticated: only now derive the encryption key and decrypt.
            keys.deriveEncryptionKey(key: key, nonce: nonce)
            let payload = [UInt8](unsafeUninitializedCapacity: ciphertextCount) { plaintext, initialized in
                if let output = plaintext.baseAddress, ciphertextCount > 0 {
                    _ = crypto_stream_xchacha20_xor(output, ciphertext, UInt64(ciphertextCount), keys.streamNonce, keys.encryptionKey)
                }
                initialized = ciphertextCount
            }
            return .success(PASETO.VerifiedToken(
                payload: payload,
                footer: Array(UnsafeRawBufferPointer(start: footer, count: footerCount))
            ))
        }
    }
}
