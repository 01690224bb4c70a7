import Foundation
import Testing
import WarrantCrypto

/// The strict Base64URL codec every token and PASERK goes through.
@Suite("strict base64url")
struct Base64URLTests {
    @Test("RFC 4648 test vectors, unpadded", arguments: [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"),
        ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy"),
    ])
    func rfcVectors(plain: String, encoded: String) throws {
        #expect(Base64URL.encode(utf8(plain)) == encoded)
        #expect(try Base64URL.decode(encoded) == utf8(plain))
    }

    @Test("the URL-safe alphabet is used for the two last symbols")
    func alphabet() throws {
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(try Base64URL.decode("-_8") == [0xFB, 0xFF])
    }

    @Test("every length round-trips and agrees with Foundation's encoder")
    func roundTripsAgainstFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        for count in 0...100 {
            let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let encoded = Base64URL.encode(bytes)
            let foundation = Data(bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            #expect(encoded == foundation)
            #expect(try Base64URL.decode(encoded) == bytes)
            #expect(try Base64URL.decode(utf8: Array(encoded.utf8)) == bytes)
            #expect(try Base64URL.decode(Substring(encoded)) == bytes)
        }
    }

    @Test("encodes any collection of bytes")
    func collections() {
        let bytes: [UInt8] = [1, 2, 3, 4, 5]
        #expect(Base64URL.encode(bytes[1...]) == Base64URL.encode([2, 3, 4, 5]))
        #expect(Base64URL.encode(Data(bytes)) == Base64URL.encode(bytes))
        #expect(Base64URL.encode(bytes.lazy.map { $0 }) == Base64URL.encode(bytes))
    }

    @Test("padding, the standard alphabet, junk, bad lengths and non-canonical tails are rejected", arguments: [
        "Zg==", "Zg=", "Zm8=", "Zm9v=",      // padding
        "Zm9+", "Zm9/", "+/+/",               // standard alphabet
        "Z", "Zm9vY", "AAAAA",                // length ≡ 1 (mod 4)
        "Zh", "Zm9", "Zm+", "Zm9vYh", "Zm9vYmF",  // unused bits set ('Zh' = 'f' plus a bit)
        " Zm9v", "Zm9v ", "Zm 9v", "Zm9v\n", "Zm\t9v", // whitespace
        "Zm9v\0", "Zm.9", "Zm9v!", "Zm9é", "Zm9v%3D", // other characters
    ])
    func rejects(text: String) {
        #expect(throws: Base64URLError.self) { try Base64URL.decode(text) }
    }

    @Test("the canonical neighbours of the rejected tails are accepted")
    func canonicalTails() throws {
        #expect(try Base64URL.decode("Zg") == utf8("f"))
        #expect(try Base64URL.decode("Zm8") == utf8("fo"))
        #expect(try Base64URL.decode("Zm9vYmE") == utf8("fooba"))
    }

    @Test("the error says nothing about the input")
    func errorIsOpaque() {
        #expect(Base64URLError().description == "invalid base64url encoding")
    }
}

@Suite("Strict standard Base64")
struct Base64StandardTests {
    @Test("canonical padded text decodes; everything else is refused")
    func strict() throws {
        #expect(try Base64Standard.decode("AAEC/w==") == [0, 1, 2, 0xFF])
        #expect(try Base64Standard.decode("aGVsbG8=") == Array("hello".utf8))
        #expect(try Base64Standard.decode("") == [])
        for text in ["AAEC/w", "AAEC/w=", "AAEC /w==", "AAEC/w==\n", "YR==", "aGVsbG8-", "aGVsbG8_", "aGVs\tbG8=", "====", "AAEC/w==AA=="] {
            #expect(throws: Base64URLError.self, "\(text.debugDescription)") { try Base64Standard.decode(text) }
        }
    }
}
