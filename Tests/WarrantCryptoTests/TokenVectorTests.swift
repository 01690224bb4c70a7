import Foundation
import Testing
@_spi(TestVectors) import WarrantCrypto

/// The official v4 token vectors (`Vectors/paseto-v4.json`), every one of them.
@Suite("PASETO v4 test vectors")
struct TokenVectorTests {
    @Test("the vector file holds the 17 expected vectors")
    func vectorCount() throws {
        let vectors = try TokenVector.all()
        #expect(vectors.count == 17)
        #expect(vectors.filter(\.expectFail).count == 5)
    }

    @Test("valid v4.local vectors encrypt to the exact token and decrypt to the payload",
          arguments: try TokenVector.all().filter { !$0.expectFail && $0.isLocal })
    func localVector(_ vector: TokenVector) throws {
        let key = try PASETOLocalKey(bytes: hex(try #require(vector.key)))
        let payload = utf8(try #require(vector.payload))
        let token = try PASETO.V4.Local.encrypt(
            payload: payload, with: key,
            footer: utf8(vector.footer), implicitAssertion: utf8(vector.implicitAssertion),
            nonce: hex(try #require(vector.nonce))
        )
        #expect(token == vector.token)

        let opened = try PASETO.V4.Local.decrypt(vector.token, with: key, implicitAssertion: utf8(vector.implicitAssertion))
        #expect(opened.payload == payload)
        #expect(opened.footer == utf8(vector.footer))
    }

    @Test("valid v4.public vectors sign to the exact token and verify to the payload",
          arguments: try TokenVector.all().filter { !$0.expectFail && !$0.isLocal })
    func publicVector(_ vector: TokenVector) throws {
        let secretKey = try PASETOSecretKey(bytes: hex(try #require(vector.secretKey)))
        let fromSeed = try PASETOSecretKey(seed: hex(try #require(vector.secretKeySeed)))
        let publicKey = try PASETOPublicKey(bytes: hex(try #require(vector.publicKey)))
        #expect(secretKey.publicKey == publicKey)
        #expect(fromSeed.paserk == secretKey.paserk)

        let payload = utf8(try #require(vector.payload))
        let token = PASETO.V4.Public.sign(
            payload: payload, with: secretKey,
            footer: utf8(vector.footer), implicitAssertion: utf8(vector.implicitAssertion)
        )
        #expect(token == vector.token)

        let verified = try PASETO.V4.Public.verify(vector.token, with: publicKey, implicitAssertion: utf8(vector.implicitAssertion))
        #expect(verified.payload == payload)
        #expect(verified.footer == utf8(vector.footer))
    }

    @Test("expect-fail vectors are refused for the documented reason, with every key they carry",
          arguments: try TokenVector.all().filter(\.expectFail))
    func failingVector(_ vector: TokenVector) throws {
        #expect(vector.payload == nil)
        let assertion = utf8(vector.implicitAssertion)
        let expected: PASETOError = switch vector.name {
        case "4-F-1", "4-F-2": .wrongPurpose
        case "4-F-3": .unsupportedVersion
        default: .invalidEncoding
        }
        var attempts = 0
        if let key = vector.key {
            attempts += 1
            let localKey = try PASETOLocalKey(bytes: hex(key))
            #expect(throws: expected) {
                try PASETO.V4.Local.decrypt(vector.token, with: localKey, implicitAssertion: assertion)
            }
        }
        if let publicKey = vector.publicKey {
            attempts += 1
            let key = try PASETOPublicKey(bytes: hex(publicKey))
            #expect(throws: expected) {
                try PASETO.V4.Public.verify(vector.token, with: key, implicitAssertion: assertion)
            }
        }
        #expect(attempts == 1)
    }

    @Test("4-F-4 and 4-F-5 carry the same bytes as valid tokens: only strict decoding refuses them")
    func strictnessIsWhatRejects() throws {
        let vectors = try TokenVector.all()
        func named(_ name: String) throws -> TokenVector { try #require(vectors.first { $0.name == name }) }
        // A lenient decoder (Foundation, after mapping the alphabet and padding) sees no difference.
        func lenient(_ segment: Substring) -> Data? {
            var text = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            text = text.replacingOccurrences(of: "=", with: "")
            while text.count % 4 != 0 { text += "=" }
            return Data(base64Encoded: text)
        }
        let pairs = [("4-F-4", "4-E-1"), ("4-F-5", "4-E-5")]
        for (failing, valid) in pairs {
            let bad = try named(failing).token.split(separator: ".")[2]
            let good = try named(valid).token.split(separator: ".")[2]
            #expect(bad != good)
            #expect(lenient(bad) != nil)
            #expect(lenient(bad) == lenient(good))
        }
    }
}
