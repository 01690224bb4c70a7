import Testing
import WarrantCrypto

@Suite("BLAKE2b-256 digests match the reference values, contiguous or not")
struct DigestTests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    @Test("RFC 7693 BLAKE2b with a 32-byte output, from a string's UTF-8 (hashed in place)")
    func contiguous() {
        #expect(Self.hex(Digest.blake2b256("".utf8)) == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
        #expect(Self.hex(Digest.blake2b256("abc".utf8)) == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
        let token = "Bearer abc"
        #expect(Self.hex(Digest.blake2b256(token.dropFirst(7).utf8)) == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
    }

    @Test("the same digest from bytes that are not contiguous (copied first)")
    func notContiguous() {
        let bytes = "abc".utf8.lazy.map { $0 }
        #expect(Self.hex(Digest.blake2b256(bytes)) == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
    }
}
