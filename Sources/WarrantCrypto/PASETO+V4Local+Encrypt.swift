internal import CSodium

extension PASETO.V4.Local {
    /// Encrypts a payload into a v4.local token under a fresh random nonce.
    /// - Parameters:
    ///   - payload: The plaintext, normally a UTF-8 JSON object.
    ///   - key: The symmetric key.
    ///   - footer: Authenticated but **unencrypted** bytes, normally `{"kid":"k4.lid…"}`;
    ///     omitted from the token when empty.
    ///   - implicitAssertion: Context bound into the tag but never sent; the
    ///     decrypter must supply the same bytes.
    /// - Returns: `v4.local.` + b64(n ‖ c ‖ t) [+ `.` + b64(footer)].
    public static func encrypt(
        payload: some Collection<UInt8>,
        with key: PASETOLocalKey,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = []
    ) -> String {
        withUnsafeTemporaryAllocation(byteCount: nonceByteCount, alignment: 16) { nonce in
            guard let base = nonce.baseAddress else { return "" }
            randombytes_buf(base, nonceByteCount)
            return encrypt(payload: payload, key: key, nonce: UnsafeRawBufferPointer(nonce), footer: footer, implicitAssertion: implicitAssertion)
        }
    }

    /// Encrypts with a caller-chosen nonce, **only** to reproduce published test vectors.
    ///
    /// Reusing a nonce with the same key reveals the XOR of plaintexts; production
    /// code must call ``encrypt(payload:with:footer:implicitAssertion:)``.
    /// - Throws: ``PASETOError/invalidNonce`` unless `nonce` is 32 bytes.
    @_spi(TestVectors)
    public static func encrypt(
        payload: some Collection<UInt8>,
        with key: PASETOLocalKey,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = [],
        nonce: [UInt8]
    ) throws(PASETOError) -> String {
        guard nonce.count == nonceByteCount else { throw .invalidNonce }
        return nonce.withUnsafeBytes { nonce in
            encrypt(payload: payload, key: key, nonce: nonce, footer: footer, implicitAssertion: implicitAssertion)
        }
    }

    private static func encrypt(
        payload: some Collection<UInt8>,
        key: PASETOLocalKey,
        nonce: UnsafeRawBufferPointer,
        footer: [UInt8],
        implicitAssertion: [UInt8]
    ) -> String {
        withContiguousBytes(payload) { message in
            footer.withUnsafeBytes { footer in
                implicitAssertion.withUnsafeBytes { assertion in
                    key.storage.withUnsafeBytes { key in
                        encrypt(message: message, key: key, nonce: nonce, footer: footer, implicitAssertion: assertion)
                    }
                }
            }
        }
    }

    /// Scratch layout: body n ‖ c ‖ t, then PAE(header, n, c, f, i), then derived keys.
    private static func encrypt(
        message: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        footer: UnsafeRawBufferPointer,
        implicitAssertion: UnsafeRawBufferPointer
    ) -> String {
        let headerCount = header.utf8CodeUnitCount
        let bodyCount = nonceByteCount + message.count + tagByteCount
        let paeCount = PAE.byteCount(pieceCount: 5, pieceBytes: headerCount + nonceByteCount + message.count + footer.count + implicitAssertion.count)
        let scratchCount = bodyCount + paeCount + DerivedKeys.byteCount
        return withUnsafeTemporaryAllocation(byteCount: scratchCount, alignment: 16) { scratch in
            guard let raw = scratch.baseAddress, let nonceBase = nonce.baseAddress else { return "" }
            let base = raw.bindMemory(to: UInt8.self, capacity: scratchCount)
            let keys = DerivedKeys(base: base + bodyCount + paeCount)
            defer { keys.wipe() }

            let ciphertext = base + nonceByteCount
            let tag = ciphertext + message.count
            UnsafeMutableRawPointer(base).copyMemory(from: nonceBase, byteCount: nonceByteCount)

            keys.deriveEncryptionKey(key: key, nonce: nonceBase)
            if let plaintext = message.baseAddress?.assumingMemoryBound(to: UInt8.self), !message.isEmpty {
                _ = crypto_stream_xchacha20_xor(
                    ciphertext, plaintext, UInt64(message.count),
                    keys.streamNonce, keys.encryptionKey
                )
            }

            let pae = base + bodyCount
            var writer = PAE.Writer(at: UnsafeMutableRawPointer(pae))
            writer.writeLength(5)
            header.withUTF8Buffer { writer.writePiece(UnsafeRawBufferPointer($0)) }
            writer.writePiece(nonce)
            writer.writePiece(UnsafeRawBufferPointer(start: ciphertext, count: message.count))
            writer.writePiece(footer)
            writer.writePiece(implicitAssertion)

            keys.deriveAuthenticationKey(key: key, nonce: nonceBase)
            _ = crypto_generichash(tag, tagByteCount, pae, UInt64(paeCount), keys.authenticationKey, 32)

            return TokenBuilder.token(
                header: header,
                body: UnsafeRawBufferPointer(start: base, count: bodyCount),
                footer: footer
            )
        }
    }
}
