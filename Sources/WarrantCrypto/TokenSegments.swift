/// The Base64 segments of a token, located without copying.
struct TokenSegments {
    /// The encoded body (everything between the header and the footer dot).
    let body: UnsafeRawBufferPointer
    /// The encoded footer, empty when the token has none.
    let footer: UnsafeRawBufferPointer

    /// ASCII `.`, the segment separator.
    private static let dot = UInt8(ascii: ".")

    /// Splits `token` after requiring it to start with exactly `header`.
    ///
    /// The header is compared byte for byte, so `V4.public.`, `v4.public` without the
    /// dot, or another purpose never reach the decoder. A trailing dot with an empty
    /// footer is refused: encoders omit the dot when the footer is empty, and
    /// accepting both spellings would make two strings denote one token.
    static func split(_ token: UnsafeRawBufferPointer, expecting header: StaticString) -> Result<TokenSegments, PASETOError> {
        let headerCount = header.utf8CodeUnitCount
        let headerMatches = header.withUTF8Buffer { expected in
            token.count >= headerCount && token.prefix(headerCount).elementsEqual(expected)
        }
        guard headerMatches else { return .failure(classifyHeader(of: token)) }

        let rest = UnsafeRawBufferPointer(rebasing: token[(token.startIndex + headerCount)...])
        guard let separator = rest.firstIndex(of: dot) else {
            return .success(TokenSegments(body: rest, footer: UnsafeRawBufferPointer(start: nil, count: 0)))
        }
        let body = UnsafeRawBufferPointer(rebasing: rest[..<separator])
        let footer = UnsafeRawBufferPointer(rebasing: rest[(separator + 1)...])
        guard !footer.isEmpty, !footer.contains(dot) else { return .failure(.malformedToken) }
        return .success(TokenSegments(body: body, footer: footer))
    }

    /// Names what is wrong with a header that is not the expected one.
    ///
    /// `v4.` followed by anything else is a purpose mismatch; `v` and digits is
    /// another version; anything else is not a PASETO header at all.
    private static func classifyHeader(of token: UnsafeRawBufferPointer) -> PASETOError {
        guard let versionEnd = token.firstIndex(of: dot) else { return .malformedToken }
        let version = token[..<versionEnd]
        guard version.count >= 2, version.first == UInt8(ascii: "v"),
              version.dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return .malformedToken }
        return version.elementsEqual("v4".utf8) ? .wrongPurpose : .unsupportedVersion
    }
}
