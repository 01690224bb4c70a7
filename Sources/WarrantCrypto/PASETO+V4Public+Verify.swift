internal import CSodium

extension PASETO.V4.Public {
    /// Verifies a v4.public token and returns its payload and footer.
    ///
    /// The header must be exactly `v4.public.`, every segment strict Base64, and the
    /// signature must cover the received footer and the given implicit assertion.
    /// Nothing from the token is returned unless all of that holds. Claims are not
    /// checked here: validate `exp` and friends on the returned payload.
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: The public key chosen for this token (by its `kid`, from your own store).
    ///   - implicitAssertion: The same context bytes the signer bound in.
    /// - Returns: The authenticated payload and footer.
    /// - Throws: ``PASETOError``; treat every case as "not authenticated".
    public static func verify(
        _ token: String,
        with key: PASETOPublicKey,
        implicitAssertion: [UInt8] = []
    ) throws(PASETOError) -> PASETO.VerifiedToken {
        try withContiguousBytes(token.utf8) { verify(token: $0, key: key, implicitAssertion: implicitAssertion) }.get()
    }

    /// Verifies a v4.public token given as a substring, for example a header value
    /// after `Bearer `, without copying it.
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: The public key chosen for this token.
    ///   - implicitAssertion: The same context bytes the signer bound in.
    /// - Returns: The authenticated payload and footer.
    /// - Throws: ``PASETOError``; treat every case as "not authenticated".
    public static func verify(
        _ token: Substring,
        with key: PASETOPublicKey,
        implicitAssertion: [UInt8] = []
    ) throws(PASETOError) -> PASETO.VerifiedToken {
        try withContiguousBytes(token.utf8) { verify(token: $0, key: key, implicitAssertion: implicitAssertion) }.get()
    }

    /// Verifies a v4.public token given as UTF-8 bytes, for example straight from a request buffer.
    /// - Parameters:
    ///   - token: The token's UTF-8 bytes.
    ///   - key: The public key chosen for this token.
    ///   - implicitAssertion: The same context bytes the signer bound in.
    /// - Returns: The authenticated payload and footer.
    /// - Throws: ``PASETOError``; treat every case as "not authenticated".
    public static func verify(
        utf8 token: some Collection<UInt8>,
        with key: PASETOPublicKey,
        implicitAssertion: [UInt8] = []
    ) throws(PASETOError) -> PASETO.VerifiedToken {
        try withContiguousBytes(token) { verify(token: $0, key: key, implicitAssertion: implicitAssertion) }.get()
    }

    /// The verification itself, with one scratch allocation (on the stack for usual sizes).
    ///
    /// Scratch layout: PAE(header, m, f, i) ‖ sig. The body m ‖ sig is decoded straight
    /// to m's place inside the PAE; sig is then moved behind the PAE, and the footer
    /// is decoded straight to its place, so nothing is assembled from copies.
    private static func verify(
        token: UnsafeRawBufferPointer,
        key: PASETOPublicKey,
        implicitAssertion: [UInt8]
    ) -> Result<PASETO.VerifiedToken, PASETOError> {
        let segments: TokenSegments
        switch TokenSegments.split(token, expecting: header) {
        case .success(let found): segments = found
        case .failure(let error): return .failure(error)
        }
        guard let bodyCount = Base64URL.decodedCount(forCharacterCount: segments.body.count),
              let footerCount = Base64URL.decodedCount(forCharacterCount: segments.footer.count)
        else { return .failure(.invalidEncoding) }
        guard bodyCount >= signatureByteCount else { return .failure(.bodyTooShort) }

        let headerCount = header.utf8CodeUnitCount
        let messageCount = bodyCount - signatureByteCount
        let paeCount = PAE.byteCount(pieceCount: 4, pieceBytes: headerCount + messageCount + footerCount + implicitAssertion.count)
        let messageOffset = 8 + (8 + headerCount) + 8

        return withUnsafeTemporaryAllocation(byteCount: paeCount + signatureByteCount, alignment: 16) { scratch in
            guard let base = scratch.baseAddress else { return .failure(.malformedToken) }
            let message = base + messageOffset
            guard Base64URL.decode(segments.body, into: UnsafeMutableRawBufferPointer(start: message, count: bodyCount)) else {
                return .failure(.invalidEncoding)
            }
            // Move sig out of the way before the footer's length overwrites its start.
            let signature = base + paeCount
            signature.copyMemory(from: message + messageCount, byteCount: signatureByteCount)

            var writer = PAE.Writer(at: base)
            writer.writeLength(4)
            header.withUTF8Buffer { writer.writePiece(UnsafeRawBufferPointer($0)) }
            writer.writeLength(messageCount)
            writer.skip(messageCount)
            writer.writeLength(footerCount)
            let footer = writer.cursor
            guard Base64URL.decode(segments.footer, into: UnsafeMutableRawBufferPointer(start: footer, count: footerCount)) else {
                return .failure(.invalidEncoding)
            }
            writer.skip(footerCount)
            implicitAssertion.withUnsafeBytes { writer.writePiece($0) }

            let valid = key.bytes.withUnsafeBufferPointer { publicKey in
                guard let publicKey = publicKey.baseAddress else { return false }
                return crypto_sign_verify_detached(
                    signature.assumingMemoryBound(to: UInt8.self),
                    base.assumingMemoryBound(to: UInt8.self), UInt64(paeCount),
                    publicKey
                ) == 0
            }
            guard valid else { return .failure(.invalidSignature) }
            return .success(PASETO.VerifiedToken(
                payload: Array(UnsafeRawBufferPointer(start: message, count: messageCount)),
                footer: Array(UnsafeRawBufferPointer(start: footer, count: footerCount))
            ))
        }
    }
}
