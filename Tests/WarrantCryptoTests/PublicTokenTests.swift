import Testing
import WarrantCrypto

/// v4.public round trips and every way a token can be altered.
@Suite("v4.public sign and verify")
struct PublicTokenTests {
    let secretKey: PASETOSecretKey
    let payload = utf8(#"{"sub":"42","exp":"2039-01-01T00:00:00Z"}"#)
    let footer: [UInt8]
    let assertion = utf8(#"{"tenant":"acme"}"#)
    let token: String

    init() throws {
        secretKey = try PASETOSecretKey.generate()
        footer = utf8(#"{"kid":"\#(secretKey.publicKey.id)"}"#)
        token = PASETO.V4.Public.sign(payload: payload, with: secretKey, footer: footer, implicitAssertion: assertion)
    }

    private func verify(_ token: String, key: PASETOPublicKey? = nil, assertion: [UInt8]? = nil) throws(PASETOError) -> PASETO.VerifiedToken {
        try PASETO.V4.Public.verify(token, with: key ?? secretKey.publicKey, implicitAssertion: assertion ?? self.assertion)
    }

    @Test("a signed token verifies to its payload and footer")
    func roundTrip() throws {
        #expect(token.hasPrefix("v4.public."))
        #expect(token.split(separator: ".").count == 4)
        let verified = try verify(token)
        #expect(verified.payload == payload)
        #expect(verified.footer == footer)
    }

    @Test("String, Substring and UTF-8 byte inputs agree")
    func inputForms() throws {
        let header = "Bearer " + token
        let substring = header.dropFirst("Bearer ".count)
        let fromSubstring = try PASETO.V4.Public.verify(substring, with: secretKey.publicKey, implicitAssertion: assertion)
        let fromBytes = try PASETO.V4.Public.verify(utf8: Array(token.utf8), with: secretKey.publicKey, implicitAssertion: assertion)
        let fromSlice = try PASETO.V4.Public.verify(utf8: Array(header.utf8).dropFirst(7), with: secretKey.publicKey, implicitAssertion: assertion)
        let expected = try verify(token)
        #expect(fromSubstring == expected)
        #expect(fromBytes == expected)
        #expect(fromSlice == expected)
    }

    @Test("signing is deterministic and the footer segment is omitted when empty")
    func deterministic() throws {
        let first = PASETO.V4.Public.sign(payload: payload, with: secretKey)
        let second = PASETO.V4.Public.sign(payload: payload, with: secretKey)
        #expect(first == second)
        #expect(first.split(separator: ".", omittingEmptySubsequences: false).count == 3)
        let verified = try PASETO.V4.Public.verify(first, with: secretKey.publicKey)
        #expect(verified.payload == payload)
        #expect(verified.footer.isEmpty)
    }

    @Test("empty, binary and large payloads round-trip", arguments: [0, 1, 2, 3, 63, 64, 65, 1000, 1 << 20])
    func payloadSizes(count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let signed = PASETO.V4.Public.sign(payload: bytes, with: secretKey, footer: bytes.suffix(5).map { $0 })
        let verified = try PASETO.V4.Public.verify(signed, with: secretKey.publicKey)
        #expect(verified.payload == bytes)
        #expect(verified.footer == Array(bytes.suffix(5)))
    }

    @Test("every payload byte is covered by the signature")
    func tamperedPayload() throws {
        for index in payload.indices {
            var parts = try TokenParts(token)
            parts.body[index] ^= 0x01
            #expect(throws: PASETOError.invalidSignature) { try verify(parts.token) }
        }
    }

    @Test("every signature byte matters")
    func tamperedSignature() throws {
        for index in payload.count..<(payload.count + 64) {
            var parts = try TokenParts(token)
            parts.body[index] ^= 0x80
            #expect(throws: PASETOError.invalidSignature) { try verify(parts.token) }
        }
    }

    @Test("an altered, removed or added footer fails")
    func tamperedFooter() throws {
        var altered = try TokenParts(token)
        altered.footer[altered.footer.count - 2] ^= 0x01
        #expect(throws: PASETOError.invalidSignature) { try verify(altered.token) }

        var removed = try TokenParts(token)
        removed.footer = []
        #expect(throws: PASETOError.invalidSignature) { try verify(removed.token) }

        let bare = PASETO.V4.Public.sign(payload: payload, with: secretKey, implicitAssertion: assertion)
        var added = try TokenParts(bare)
        added.footer = footer
        #expect(throws: PASETOError.invalidSignature) { try verify(added.token) }
    }

    @Test("the implicit assertion must match exactly")
    func implicitAssertion() throws {
        #expect(throws: PASETOError.invalidSignature) { try verify(token, assertion: []) }
        #expect(throws: PASETOError.invalidSignature) { try verify(token, assertion: utf8(#"{"tenant":"acmf"}"#)) }
        #expect(throws: PASETOError.invalidSignature) { try verify(token, assertion: assertion + [0]) }
    }

    @Test("another key's public key fails")
    func wrongKey() throws {
        let other = try PASETOSecretKey.generate()
        #expect(throws: PASETOError.invalidSignature) { try verify(token, key: other.publicKey) }
        let forged = PASETO.V4.Public.sign(payload: payload, with: other, footer: footer, implicitAssertion: assertion)
        #expect(throws: PASETOError.invalidSignature) { try verify(forged) }
    }

    @Test("the header must be exactly v4.public.")
    func headers() throws {
        let rest = token.dropFirst("v4.public.".count)
        let cases: [(String, PASETOError)] = [
            ("v4.local." + rest, .wrongPurpose),
            ("v4.secret." + rest, .wrongPurpose),
            ("v4.Public." + rest, .wrongPurpose),
            ("v3.public." + rest, .unsupportedVersion),
            ("v2.public." + rest, .unsupportedVersion),
            ("v44.public." + rest, .unsupportedVersion),
            ("V4.public." + rest, .malformedToken),
            (" v4.public." + rest, .malformedToken),
            ("v4public." + rest, .malformedToken),
            ("v4.public" + rest, .wrongPurpose),
            ("", .malformedToken),
            ("v4", .malformedToken),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try verify(text) }
        }
    }

    @Test("segment structure: trailing dot, extra segments and short bodies fail")
    func structure() throws {
        let bare = PASETO.V4.Public.sign(payload: payload, with: secretKey, implicitAssertion: assertion)
        #expect(throws: PASETOError.malformedToken) { try verify(bare + ".") }
        #expect(throws: PASETOError.malformedToken) { try verify(token + ".") }
        #expect(throws: PASETOError.malformedToken) { try verify(token + ".e30") }
        #expect(throws: PASETOError.bodyTooShort) { try verify("v4.public.") }
        #expect(throws: PASETOError.bodyTooShort) { try verify("v4.public." + Base64URL.encode([UInt8](repeating: 7, count: 63))) }
        // 64 bytes is exactly a signature over an empty payload: well-formed, but forged.
        #expect(throws: PASETOError.invalidSignature) { try verify("v4.public." + Base64URL.encode([UInt8](repeating: 7, count: 64))) }
    }

    @Test("non-strict Base64 in the body or footer fails")
    func encoding() throws {
        let parts = token.split(separator: ".")
        let body = parts[2], foot = parts[3]
        // The footer is 61 bytes, 82 characters: its last character carries 4 unused bits.
        #expect(foot.count == 82)
        let nonCanonicalFoot = foot.dropLast() + String(nonCanonicalSuccessor(of: foot.last ?? "A"))
        let cases = [
            "v4.public.\(body)=.\(foot)",
            "v4.public.\(body).\(foot)=",
            "v4.public.\(body).\(foot)==",
            "v4.public.+\(body.dropFirst()).\(foot)",
            "v4.public./\(body.dropFirst()).\(foot)",
            "v4.public.\(body) .\(foot)",
            "v4.public.\(body).\(foot)\n",
            "v4.public.\(body).\(foot)x",
            "v4.public.\(body).\(nonCanonicalFoot)",
        ]
        for text in cases {
            #expect(throws: PASETOError.invalidEncoding) { try verify(text) }
        }
    }

    /// The next alphabet character: same decoded bytes, but non-zero unused low bits.
    private func nonCanonicalSuccessor(of character: Character) -> Character {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let index = alphabet.firstIndex(of: character) ?? 0
        return alphabet[index | 1]
    }

    @Test("changing any single character of the token makes it fail")
    func everyCharacter() throws {
        let characters = Array(token.utf8)
        for index in characters.indices {
            var mutated = characters
            mutated[index] = mutated[index] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            #expect(throws: PASETOError.self) {
                try PASETO.V4.Public.verify(utf8: mutated, with: secretKey.publicKey, implicitAssertion: assertion)
            }
        }
    }

    @Test("a v4.local token is refused by public verification, whatever key bytes are at hand")
    func localTokenIsRefused() throws {
        let localKey = try PASETOLocalKey.generate()
        let local = PASETO.V4.Local.encrypt(payload: payload, with: localKey)
        #expect(throws: PASETOError.wrongPurpose) { try PASETO.V4.Public.verify(local, with: secretKey.publicKey) }
        // Even a "public key" made of the local key's bytes gets nowhere: purpose is checked first.
        let confused = try PASETOPublicKey(paserk: "k4.public." + localKey.paserk.dropFirst("k4.local.".count))
        #expect(throws: PASETOError.wrongPurpose) { try PASETO.V4.Public.verify(local, with: confused) }
    }
}
