import Testing
@_spi(TestVectors) import WarrantCrypto

/// PAE, guarded memory and error texts.
@Suite("support")
struct SupportTests {
    @Test("PAE matches the spec's examples: counts and byte lengths, little-endian")
    func pae() {
        #expect(PASETO.preAuthenticationEncoding([]) == [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(PASETO.preAuthenticationEncoding([[]]) == [1, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(PASETO.preAuthenticationEncoding([utf8("test")])
            == [1, 0, 0, 0, 0, 0, 0, 0] + [4, 0, 0, 0, 0, 0, 0, 0] + utf8("test"))
        // Lengths count bytes, not characters: "é" is two bytes.
        #expect(PASETO.preAuthenticationEncoding([utf8("é"), [1, 2, 3]])
            == [2, 0, 0, 0, 0, 0, 0, 0] + [2, 0, 0, 0, 0, 0, 0, 0] + utf8("é") + [3, 0, 0, 0, 0, 0, 0, 0] + [1, 2, 3])
        let long = [UInt8](repeating: 0, count: 0x1_02)
        #expect(PASETO.preAuthenticationEncoding([long]).prefix(16) == [1, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0, 0])
    }

    @Test("SecureBytes keeps exactly the bytes given")
    func secureBytes() throws {
        let bytes: [UInt8] = Array(0..<77)
        let secure = try SecureBytes(copying: bytes)
        #expect(secure.count == 77)
        #expect(secure.withUnsafeBytes { Array($0) } == bytes)
        let empty = try SecureBytes(copying: [UInt8]())
        #expect(empty.count == 0)
        #expect(empty.withUnsafeBytes { $0.count } == 0)
    }

    @Test("error descriptions are fixed texts", arguments: PASETOError.allCases)
    func tokenErrors(error: PASETOError) {
        #expect(!error.description.isEmpty)
        #expect(String(describing: error) == error.description)
    }

    @Test("a failing verification's error carries nothing from the token")
    func errorsCarryNothing() throws {
        let secret = try PASETOSecretKey.generate()
        let marker = "MARKER-7f3a"
        let token = PASETO.V4.Public.sign(payload: utf8(marker), with: secret, footer: utf8(marker))
        var parts = try TokenParts(token)
        parts.body[0] ^= 1
        do {
            _ = try PASETO.V4.Public.verify(parts.token, with: secret.publicKey)
            Issue.record("tampered token verified")
        } catch {
            let texts = [error.description, String(reflecting: error), "\(error)"]
            for text in texts {
                #expect(!text.contains(marker))
                #expect(!text.contains(String(parts.token.prefix(30).dropFirst(10))))
            }
        }
        for error in PASETOKeyError.allCases + [] {
            #expect(!error.description.contains("k4."))
        }
        for error in PasswordHashingError.allCases { #expect(!error.description.isEmpty) }
        for error in SodiumError.allCases { #expect(!error.description.isEmpty) }
    }
}
