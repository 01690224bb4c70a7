import Testing
import WarrantCrypto

/// Keys are shared across tasks: one key, many concurrent verifications.
@Suite("concurrent use")
struct ConcurrencyTests {
    @Test("one set of keys serves many concurrent tasks")
    func sharedKeys() async throws {
        let secretKey = try PASETOSecretKey.generate()
        let publicKey = secretKey.publicKey
        let localKey = try PASETOLocalKey.generate()
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for index in 0..<64 {
                group.addTask {
                    let payload = utf8(#"{"n":\#(index)}"#)
                    let signed = PASETO.V4.Public.sign(payload: payload, with: secretKey)
                    let sealed = PASETO.V4.Local.encrypt(payload: payload, with: localKey)
                    let verified = try? PASETO.V4.Public.verify(signed, with: publicKey)
                    let opened = try? PASETO.V4.Local.decrypt(sealed, with: localKey)
                    return verified?.payload == payload && opened?.payload == payload
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 })
    }
}
