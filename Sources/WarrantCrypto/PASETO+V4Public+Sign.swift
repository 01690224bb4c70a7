internal import CSodium

extension PASETO.V4.Public {
    /// Signs a payload into a v4.public token.
    ///
    /// Ed25519 is deterministic: the same inputs always give the same token.
    /// - Parameters:
    ///   - payload: The message, normally a UTF-8 JSON object of claims.
    ///   - key: The signing key.
    ///   - footer: Authenticated but readable bytes, normally `{"kid":"k4.pid…"}`;
    ///     omitted from the token when empty.
    ///   - implicitAssertion: Context bound into the signature but never sent; the
    ///     verifier must supply the same bytes.
    /// - Returns: `v4.public.` + b64(payload ‖ signature) [+ `.` + b64(footer)].
    public static func sign(
        payload: some Collection<UInt8>,
        with key: PASETOSecretKey,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = []
    ) -> String {
        withContiguousBytes(payload) { message in
            footer.withUnsafeBytes { footer in
                implicitAssertion.withUnsafeBytes { assertion in
                    key.storage.withUnsafeBytes { secret in
                        sign(message: message, secret: secret, footer: footer, implicitAssertion: assertion)
                    }
                }
            }
        }
    }

    /// Signs PAE(header, m, f, i) and lays out m ‖ sig for encoding, in one scratch buffer.
    private static func sign(
        message: UnsafeRawBufferPointer,
        secret: UnsafeRawBufferPointer,
        footer: UnsafeRawBufferPointer,
        implicitAssertion: UnsafeRawBufferPointer
    ) -> String {
        let headerCount = header.utf8CodeUnitCount
        let bodyCount = message.count + signatureByteCount
        let paeCount = PAE.byteCount(pieceCount: 4, pieceBytes: headerCount + message.count + footer.count + implicitAssertion.count)
        return withUnsafeTemporaryAllocation(byteCount: bodyCount + paeCount, alignment: 16) { scratch in
            guard let base = scratch.baseAddress,
                  let secretKey = secret.baseAddress?.assumingMemoryBound(to: UInt8.self)
            else { return "" }
            let body = base
            let pae = base + bodyCount
            if let source = message.baseAddress, !message.isEmpty {
                body.copyMemory(from: source, byteCount: message.count)
            }
            var writer = PAE.Writer(at: pae)
            writer.writeLength(4)
            header.withUTF8Buffer { writer.writePiece(UnsafeRawBufferPointer($0)) }
            writer.writePiece(message)
            writer.writePiece(footer)
            writer.writePiece(implicitAssertion)
            let signature = (body + message.count).assumingMemoryBound(to: UInt8.self)
            _ = crypto_sign_detached(
                signature, nil,
                pae.assumingMemoryBound(to: UInt8.self), UInt64(paeCount),
                secretKey
            )
            return TokenBuilder.token(
                header: header,
                body: UnsafeRawBufferPointer(start: body, count: bodyCount),
                footer: footer
            )
        }
    }
}
