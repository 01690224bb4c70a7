internal import CSodium

/// PASERK k4 serialisation: `k4.<type>.` + unpadded Base64URL of the raw key bytes,
/// and key ids: `k4.<id-type>.` + b64(BLAKE2b-264(`k4.<id-type>.` ‖ PASERK)).
///
/// These are pure byte operations on purpose. Validating Ed25519 points here would
/// refuse the official vectors, whose public keys are not all on the curve.
enum PASERK {
    /// The PASERK text for `key` under `header`.
    static func serialize(header: StaticString, key: UnsafeRawBufferPointer) -> String {
        TokenBuilder.token(header: header, body: key, footer: UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// Parses `paserk`, requiring exactly `header` and exactly `destination.count` bytes,
    /// and decodes straight into `destination` (guarded memory for secrets).
    static func parse(
        _ paserk: String,
        header: StaticString,
        into destination: UnsafeMutableRawBufferPointer
    ) throws(PASETOKeyError) {
        try parseResult(paserk, header: header, into: destination).get()
    }

    /// ``parse(_:header:into:)`` as a value, for use inside rethrowing closures.
    static func parseResult(
        _ paserk: String,
        header: StaticString,
        into destination: UnsafeMutableRawBufferPointer
    ) -> Result<Void, PASETOKeyError> {
        withContiguousBytes(paserk.utf8) { text -> Result<Void, PASETOKeyError> in
            let headerCount = header.utf8CodeUnitCount
            let headerMatches = header.withUTF8Buffer { expected in
                text.count >= headerCount && text.prefix(headerCount).elementsEqual(expected)
            }
            guard headerMatches else { return .failure(classifyHeader(of: text)) }
            let data = UnsafeRawBufferPointer(rebasing: text[(text.startIndex + headerCount)...])
            // Length first: a wrong length is a clearer error than a decoding failure.
            guard Base64URL.decodedCount(forCharacterCount: data.count) == destination.count else {
                return .failure(.invalidLength)
            }
            return Base64URL.decode(data, into: destination) ? .success(()) : .failure(.invalidEncoding)
        }
    }

    /// `k4.` plus another type is the wrong type; anything else is the wrong version.
    private static func classifyHeader(of text: UnsafeRawBufferPointer) -> PASETOKeyError {
        text.starts(with: "k4.".utf8) ? .wrongType : .unsupportedVersion
    }

    /// The key id of a serialised key: `idHeader` + b64(BLAKE2b-264(idHeader ‖ keyHeader ‖ b64(key))).
    ///
    /// The PASERK is assembled in a scratch buffer that is wiped afterwards, because
    /// for local and secret keys it spells out the key.
    static func identifier(idHeader: StaticString, keyHeader: StaticString, key: UnsafeRawBufferPointer) -> String {
        let idHeaderCount = idHeader.utf8CodeUnitCount
        let keyHeaderCount = keyHeader.utf8CodeUnitCount
        let messageCount = idHeaderCount + keyHeaderCount + Base64URL.encodedCount(forByteCount: key.count)
        let hashCount = 33
        // Room for the message, its trailing NUL from libsodium, and the hash.
        return withUnsafeTemporaryAllocation(byteCount: messageCount + 1 + hashCount, alignment: 8) { scratch in
            guard let base = scratch.baseAddress?.bindMemory(to: UInt8.self, capacity: scratch.count) else { return "" }
            defer { sodium_memzero(base, scratch.count) }
            var cursor = base
            for header in [idHeader, keyHeader] {
                header.withUTF8Buffer { bytes in
                    if let source = bytes.baseAddress { cursor.update(from: source, count: bytes.count) }
                    cursor += bytes.count
                }
            }
            cursor += Base64URL.encode(key, into: cursor)
            let hash = base + messageCount + 1
            _ = crypto_generichash(hash, hashCount, base, UInt64(messageCount), nil, 0)
            return TokenBuilder.token(
                header: idHeader,
                body: UnsafeRawBufferPointer(start: hash, count: hashCount),
                footer: UnsafeRawBufferPointer(start: nil, count: 0)
            )
        }
    }
}
