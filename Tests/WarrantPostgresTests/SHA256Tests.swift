import Testing
import WarrantPostgres

@Suite("SHA-256")
struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardExamples(input: String, expected: String) {
        #expect(SHA256.hexDigest(of: input) == expected)
    }

    @Test func oneMillionAs() {
        let input = String(repeating: "a", count: 1_000_000)
        #expect(SHA256.hexDigest(of: input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func agreesWithPostgres() async throws {
        try await TestDatabase.withPool(readOnly: true) { pool async throws in
            // Lengths around the 55/56/64-byte padding boundaries, plus multi-byte text.
            let inputs = [54, 55, 56, 57, 63, 64, 65, 119, 120, 1000].map { String(repeating: "x", count: $0) }
                + ["CREATE TABLE todos (id bigserial PRIMARY KEY);\n", "héllo 日本 👋"]
            for input in inputs {
                let expected = try await pool.queryValue("SELECT encode(sha256(convert_to(\(input), 'UTF8')), 'hex')", as: String.self)
                #expect(SHA256.hexDigest(of: input) == expected)
            }
        }
    }
}
