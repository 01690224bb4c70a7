import Testing
import WarrantCrypto

/// Key creation, PASERK parsing and the refusal of anything but the exact format.
@Suite("keys and PASERK")
struct KeyTests {
    @Test("libsodium initialises")
    func initialises() throws {
        try Sodium.ensureInitialized()
    }

    @Test("generated keys are distinct and round-trip through PASERK")
    func generatedKeys() throws {
        let secrets = try (0..<8).map { _ in try PASETOSecretKey.generate() }
        #expect(Set(secrets.map(\.paserk)).count == secrets.count)
        for secret in secrets {
            let parsed = try PASETOSecretKey(paserk: secret.paserk)
            #expect(parsed.paserk == secret.paserk)
            #expect(parsed.id == secret.id)
            #expect(parsed.publicKey == secret.publicKey)
            #expect(try PASETOPublicKey(paserk: secret.publicKey.paserk) == secret.publicKey)
            #expect(secret.id.hasPrefix("k4.sid.") && secret.id.count == 7 + 44)
            #expect(secret.publicKey.id.hasPrefix("k4.pid.") && secret.publicKey.id.count == 7 + 44)
            #expect(secret.paserk.count == "k4.secret.".count + 86)
        }
        let locals = try (0..<8).map { _ in try PASETOLocalKey.generate() }
        #expect(Set(locals.map(\.paserk)).count == locals.count)
        for local in locals {
            #expect(try PASETOLocalKey(paserk: local.paserk).id == local.id)
            #expect(local.id.hasPrefix("k4.lid.") && local.id.count == 7 + 44)
        }
    }

    @Test("a key from PASERK signs and verifies like the original")
    func parsedKeysWork() throws {
        let original = try PASETOSecretKey.generate()
        let restored = try PASETOSecretKey(paserk: original.paserk)
        let publicKey = try PASETOPublicKey(paserk: original.publicKey.paserk)
        let token = PASETO.V4.Public.sign(payload: utf8("{}"), with: restored)
        #expect(try PASETO.V4.Public.verify(token, with: publicKey).payload == utf8("{}"))

        let local = try PASETOLocalKey.generate()
        let sealed = PASETO.V4.Local.encrypt(payload: utf8("{}"), with: local)
        #expect(try PASETO.V4.Local.decrypt(sealed, with: PASETOLocalKey(paserk: local.paserk)).payload == utf8("{}"))
    }

    @Test("a secret key whose public half is not derived from its seed is refused")
    func keyPairMismatch() throws {
        let secret = try PASETOSecretKey.generate()
        let other = try PASETOSecretKey.generate()
        var bytes = try Base64URL.decode(secret.paserk.dropFirst("k4.secret.".count))
        bytes.replaceSubrange(32..<64, with: other.publicKey.bytes)
        #expect(throws: PASETOKeyError.keyPairMismatch) { try PASETOSecretKey(bytes: bytes) }
        #expect(throws: PASETOKeyError.keyPairMismatch) { try PASETOSecretKey(paserk: "k4.secret." + Base64URL.encode(bytes)) }
        bytes[63] ^= 1
        #expect(throws: PASETOKeyError.keyPairMismatch) { try PASETOSecretKey(bytes: bytes) }
    }

    @Test("raw key lengths are exact")
    func lengths() throws {
        for count in [0, 31, 33, 64] {
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOPublicKey(bytes: [UInt8](repeating: 1, count: count)) }
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOLocalKey(bytes: [UInt8](repeating: 1, count: count)) }
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOSecretKey(seed: [UInt8](repeating: 1, count: count)) }
        }
        for count in [0, 32, 63, 65] {
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOSecretKey(bytes: [UInt8](repeating: 1, count: count)) }
        }
    }

    @Test("PASERK of another version or type is refused")
    func prefixes() throws {
        let secret = try PASETOSecretKey.generate()
        let local = try PASETOLocalKey.generate()
        let localData = local.paserk.dropFirst("k4.local.".count)
        let publicData = secret.publicKey.paserk.dropFirst("k4.public.".count)
        let secretData = secret.paserk.dropFirst("k4.secret.".count)

        #expect(throws: PASETOKeyError.wrongType) { try PASETOPublicKey(paserk: local.paserk) }
        #expect(throws: PASETOKeyError.wrongType) { try PASETOLocalKey(paserk: secret.publicKey.paserk) }
        #expect(throws: PASETOKeyError.wrongType) { try PASETOSecretKey(paserk: local.paserk) }
        #expect(throws: PASETOKeyError.wrongType) { try PASETOPublicKey(paserk: secret.publicKey.id) }
        #expect(throws: PASETOKeyError.wrongType) { try PASETOLocalKey(paserk: "k4.local-wrap.pie." + localData) }
        #expect(throws: PASETOKeyError.wrongType) { try PASETOLocalKey(paserk: "k4.Local." + localData) }
        #expect(throws: PASETOKeyError.unsupportedVersion) { try PASETOLocalKey(paserk: "k3.local." + localData) }
        #expect(throws: PASETOKeyError.unsupportedVersion) { try PASETOPublicKey(paserk: "k2.public." + publicData) }
        #expect(throws: PASETOKeyError.unsupportedVersion) { try PASETOSecretKey(paserk: "K4.secret." + secretData) }
        #expect(throws: PASETOKeyError.unsupportedVersion) { try PASETOLocalKey(paserk: " k4.local." + localData) }
        #expect(throws: PASETOKeyError.unsupportedVersion) { try PASETOLocalKey(paserk: "") }
    }

    @Test("PASERK data must be exactly the right length and strict Base64")
    func data() throws {
        let local = try PASETOLocalKey.generate()
        let text = local.paserk
        #expect(throws: PASETOKeyError.invalidLength) { try PASETOLocalKey(paserk: String(text.dropLast())) }
        #expect(throws: PASETOKeyError.invalidLength) { try PASETOLocalKey(paserk: text + "A") }
        #expect(throws: PASETOKeyError.invalidLength) { try PASETOLocalKey(paserk: text + "=") }
        #expect(throws: PASETOKeyError.invalidLength) { try PASETOLocalKey(paserk: "k4.local.") }
        #expect(throws: PASETOKeyError.invalidEncoding) { try PASETOLocalKey(paserk: "k4.local.+" + text.dropFirst(10)) }
        #expect(throws: PASETOKeyError.invalidEncoding) { try PASETOLocalKey(paserk: "k4.local./" + text.dropFirst(10)) }
        #expect(throws: PASETOKeyError.invalidEncoding) { try PASETOLocalKey(paserk: "k4.local. " + text.dropFirst(10)) }
        // 32 bytes take 43 characters; the last one carries 2 unused bits that must be zero.
        let zeros = "k4.local." + String(repeating: "A", count: 43)
        #expect(try PASETOLocalKey(paserk: zeros).paserk == zeros)
        #expect(throws: PASETOKeyError.invalidEncoding) { try PASETOLocalKey(paserk: String(zeros.dropLast()) + "B") }
        #expect(throws: PASETOKeyError.invalidEncoding) { try PASETOPublicKey(paserk: "k4.public." + String(repeating: "A", count: 42) + "D") }
    }

    @Test("descriptions never reveal secret key material")
    func redaction() throws {
        let secret = try PASETOSecretKey.generate()
        let local = try PASETOLocalKey.generate()
        let secretData = String(secret.paserk.dropFirst("k4.secret.".count))
        let seedPart = String(secretData.prefix(40))
        let localData = String(local.paserk.dropFirst("k4.local.".count))
        for text in [String(describing: secret), String(reflecting: secret), "\(secret)"] {
            #expect(!text.contains(seedPart))
            #expect(!text.contains("k4.secret."))
            #expect(text.contains(secret.publicKey.id))
        }
        for text in [String(describing: local), String(reflecting: local), "\(local)"] {
            #expect(!text.contains(localData))
            #expect(!text.contains("k4.local."))
            #expect(text.contains(local.id))
        }
        #expect(String(describing: secret.publicKey).contains(secret.publicKey.id))
    }
}
