import Testing
import WarrantCrypto

/// Reading a footer before verification, only to choose a key.
@Suite("unverified footer")
struct UnverifiedFooterTests {
    @Test("the kid footer of a public or local token is readable before verification")
    func readsFooter() throws {
        let secretKey = try PASETOSecretKey.generate()
        let localKey = try PASETOLocalKey.generate()
        let publicFooter = utf8(#"{"kid":"\#(secretKey.publicKey.id)"}"#)
        let localFooter = utf8(#"{"kid":"\#(localKey.id)"}"#)
        let signed = PASETO.V4.Public.sign(payload: utf8("{}"), with: secretKey, footer: publicFooter)
        let sealed = PASETO.V4.Local.encrypt(payload: utf8("{}"), with: localKey, footer: localFooter)
        #expect(try PASETO.unverifiedFooter(of: signed) == publicFooter)
        #expect(try PASETO.unverifiedFooter(of: sealed) == localFooter)
        #expect(try PASETO.unverifiedFooter(of: PASETO.V4.Public.sign(payload: utf8("{}"), with: secretKey)) == [])
    }

    @Test("the size bound is enforced before decoding")
    func bounded() throws {
        let secretKey = try PASETOSecretKey.generate()
        let footer = [UInt8](repeating: UInt8(ascii: "x"), count: 100)
        let signed = PASETO.V4.Public.sign(payload: utf8("{}"), with: secretKey, footer: footer)
        #expect(try PASETO.unverifiedFooter(of: signed, maximumByteCount: 100) == footer)
        #expect(throws: PASETOError.footerTooLarge) { try PASETO.unverifiedFooter(of: signed, maximumByteCount: 99) }
        #expect(throws: PASETOError.footerTooLarge) { try PASETO.unverifiedFooter(of: signed, maximumByteCount: 0) }
        let huge = PASETO.V4.Public.sign(payload: utf8("{}"), with: secretKey, footer: [UInt8](repeating: 1, count: 5000))
        #expect(throws: PASETOError.footerTooLarge) { try PASETO.unverifiedFooter(of: huge) }
    }

    @Test("non-v4 tokens, malformed tokens and non-strict footers are refused")
    func refusals() throws {
        let cases: [(String, PASETOError)] = [
            ("v3.local.AAAA.e30", .unsupportedVersion),
            ("v4.secret.AAAA.e30", .wrongPurpose),
            ("not a token", .malformedToken),
            ("v4.public.AAAA.e30.e30", .malformedToken),
            ("v4.public.AAAA.", .malformedToken),
            ("v4.public.AAAA.e30=", .invalidEncoding),
            ("v4.public.AAAA.e31", .invalidEncoding),
            ("v4.public.AAAA.e", .invalidEncoding),
        ]
        for (token, expected) in cases {
            #expect(throws: expected) { try PASETO.unverifiedFooter(of: token) }
        }
    }
}
