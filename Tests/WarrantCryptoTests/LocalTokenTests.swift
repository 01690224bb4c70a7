import Testing
@_spi(TestVectors) import WarrantCrypto

/// v4.local round trips and every way a token can be altered.
@Suite("v4.local encrypt and decrypt")
struct LocalTokenTests {
    let key: PASETOLocalKey
    let payload = utf8(#"{"data":"a secret","exp":"2039-01-01T00:00:00Z"}"#)
    let footer: [UInt8]
    let assertion = utf8("user-agent-hash")
    let token: String

    init() throws {
        key = try PASETOLocalKey.generate()
        footer = utf8(#"{"kid":"\#(key.id)"}"#)
        token = PASETO.V4.Local.encrypt(payload: payload, with: key, footer: footer, implicitAssertion: assertion)
    }

    private func decrypt(_ token: String, key: PASETOLocalKey? = nil, assertion: [UInt8]? = nil) throws(PASETOError) -> PASETO.VerifiedToken {
        try PASETO.V4.Local.decrypt(token, with: key ?? self.key, implicitAssertion: assertion ?? self.assertion)
    }

    @Test("an encrypted token decrypts to its payload and footer, and hides the payload")
    func roundTrip() throws {
        #expect(token.hasPrefix("v4.local."))
        let opened = try decrypt(token)
        #expect(opened.payload == payload)
        #expect(opened.footer == footer)
        let body = try TokenParts(token).body
        #expect(body.count == 32 + payload.count + 32)
        #expect(!body.starts(with: payload) && Array(body[32..<(32 + payload.count)]) != payload)
    }

    @Test("String, Substring and UTF-8 byte inputs agree")
    func inputForms() throws {
        let expected = try decrypt(token)
        let padded = "[" + token + "]"
        let substring = padded.dropFirst().dropLast()
        #expect(try PASETO.V4.Local.decrypt(substring, with: key, implicitAssertion: assertion) == expected)
        #expect(try PASETO.V4.Local.decrypt(utf8: Array(token.utf8), with: key, implicitAssertion: assertion) == expected)
    }

    @Test("each encryption uses a fresh nonce")
    func freshNonces() throws {
        let tokens = (0..<50).map { _ in PASETO.V4.Local.encrypt(payload: payload, with: key) }
        #expect(Set(tokens).count == tokens.count)
        let nonces = try tokens.map { Array(try TokenParts($0).body.prefix(32)) }
        #expect(Set(nonces).count == nonces.count)
    }

    @Test("a given nonce reproduces the token; a wrong-sized nonce is refused")
    func fixedNonce() throws {
        let nonce = [UInt8](repeating: 9, count: 32)
        let first = try PASETO.V4.Local.encrypt(payload: payload, with: key, nonce: nonce)
        let second = try PASETO.V4.Local.encrypt(payload: payload, with: key, nonce: nonce)
        #expect(first == second)
        #expect(throws: PASETOError.invalidNonce) { try PASETO.V4.Local.encrypt(payload: payload, with: key, nonce: [1, 2, 3]) }
        #expect(throws: PASETOError.invalidNonce) { try PASETO.V4.Local.encrypt(payload: payload, with: key, nonce: nonce + [0]) }
    }

    @Test("empty and large payloads round-trip", arguments: [0, 1, 31, 32, 33, 1000, 1 << 20])
    func payloadSizes(count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        let sealed = PASETO.V4.Local.encrypt(payload: bytes, with: key)
        #expect(try PASETO.V4.Local.decrypt(sealed, with: key).payload == bytes)
    }

    @Test("every body byte (nonce, ciphertext, tag) is authenticated")
    func tamperedBody() throws {
        let count = try TokenParts(token).body.count
        for index in 0..<count {
            var parts = try TokenParts(token)
            parts.body[index] ^= 0x04
            #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(parts.token) }
        }
    }

    @Test("an altered, removed or added footer fails")
    func tamperedFooter() throws {
        var altered = try TokenParts(token)
        altered.footer[3] ^= 0x01
        #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(altered.token) }

        var removed = try TokenParts(token)
        removed.footer = []
        #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(removed.token) }

        var added = try TokenParts(PASETO.V4.Local.encrypt(payload: payload, with: key, implicitAssertion: assertion))
        added.footer = footer
        #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(added.token) }
    }

    @Test("the implicit assertion must match exactly")
    func implicitAssertion() throws {
        #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(token, assertion: []) }
        #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(token, assertion: utf8("user-agent-hasH")) }
    }

    @Test("another key fails")
    func wrongKey() throws {
        #expect(throws: PASETOError.invalidAuthenticationTag) { try decrypt(token, key: PASETOLocalKey.generate()) }
    }

    @Test("the header must be exactly v4.local., and structure and encoding are strict")
    func headersAndStructure() throws {
        let rest = token.dropFirst("v4.local.".count)
        let cases: [(String, PASETOError)] = [
            ("v4.public." + rest, .wrongPurpose),
            ("v3.local." + rest, .unsupportedVersion),
            ("V4.local." + rest, .malformedToken),
            (token + ".", .malformedToken),
            (token + ".e30", .malformedToken),
            ("v4.local.", .bodyTooShort),
            ("v4.local." + Base64URL.encode([UInt8](repeating: 1, count: 63)), .bodyTooShort),
            ("v4.local." + Base64URL.encode([UInt8](repeating: 1, count: 64)), .invalidAuthenticationTag),
            (token + "=", .invalidEncoding),
            ("v4.local.+" + rest.dropFirst(), .invalidEncoding),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try decrypt(text) }
        }
    }

    @Test("changing any single character of the token makes it fail")
    func everyCharacter() throws {
        let characters = Array(token.utf8)
        for index in characters.indices {
            var mutated = characters
            mutated[index] = mutated[index] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            #expect(throws: PASETOError.self) {
                try PASETO.V4.Local.decrypt(utf8: mutated, with: key, implicitAssertion: assertion)
            }
        }
    }

    @Test("a v4.public token is refused by local decryption")
    func publicTokenIsRefused() throws {
        let secretKey = try PASETOSecretKey.generate()
        let signed = PASETO.V4.Public.sign(payload: payload, with: secretKey)
        #expect(throws: PASETOError.wrongPurpose) { try PASETO.V4.Local.decrypt(signed, with: key) }
        // A "local key" made of the public key's bytes (4-F-2's confusion) gets nowhere either.
        let confused = try PASETOLocalKey(bytes: secretKey.publicKey.bytes)
        #expect(throws: PASETOError.wrongPurpose) { try PASETO.V4.Local.decrypt(signed, with: confused) }
    }
}
