import Testing
import WarrantCrypto

/// Argon2id hashing, verification and rehash decisions.
@Suite("Argon2id password hashing")
struct PasswordHasherTests {
    /// libsodium's minimum limits keep most tests fast; one test uses the real defaults.
    let fast = PasswordHasher(opsLimit: 1, memLimit: 8192)

    @Test("the defaults are libsodium's interactive limits, and moderate is stronger")
    func presets() {
        #expect(PasswordHasher() == .interactive)
        #expect(PasswordHasher.interactive.opsLimit == 2)
        #expect(PasswordHasher.interactive.memLimit == 64 << 20)
        #expect(PasswordHasher.moderate.opsLimit == 3)
        #expect(PasswordHasher.moderate.memLimit == 256 << 20)
    }

    @Test("a hash made with the default limits verifies and records them")
    func defaultRoundTrip() throws {
        let hasher = PasswordHasher()
        let hash = try hasher.hash("correct horse battery staple")
        #expect(hash.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$"))
        #expect(hasher.verify("correct horse battery staple", against: hash))
        #expect(!hasher.verify("correct horse battery stapler", against: hash))
        #expect(!hasher.needsRehash(hash))
    }

    @Test("right password true, wrong password false", arguments: ["", "a", "pässwörd 🔑", String(repeating: "x", count: 10_000), "nul\0inside"])
    func verify(password: String) throws {
        let hash = try fast.hash(password)
        #expect(fast.verify(password, against: hash))
        #expect(!fast.verify(password + "!", against: hash))
        #expect(!fast.verify(String(password.dropLast()) + "?", against: hash))
    }

    @Test("equal passwords get different salts")
    func salted() throws {
        #expect(try fast.hash("same") != fast.hash("same"))
    }

    @Test("malformed hashes are false, never a crash")
    func malformed() throws {
        let hash = try fast.hash("secret")
        #expect(hash.contains("m=8,t=1,p=1$"))
        // Damaged parameters or prefix: verification fails and a rehash is called for.
        let badParameters = [
            "", "garbage", "$argon2id$", "$argon2id$v=19$",
            hash.replacingOccurrences(of: "$argon2id$", with: "$argon2i$"),
            hash.replacingOccurrences(of: "$argon2id$", with: "$argon2d$"),
            hash.replacingOccurrences(of: "$v=19$", with: "$v=16$"),
            hash.replacingOccurrences(of: "m=8,", with: "m=x,"),
            hash.replacingOccurrences(of: "t=1,", with: "t=0,"),
            hash + "\0" + "junk",
            hash + String(repeating: "A", count: 200),
            "$2b$12$" + String(repeating: "a", count: 53),
        ]
        for candidate in badParameters {
            #expect(!fast.verify("secret", against: candidate))
            #expect(fast.needsRehash(candidate))
        }
        // Damaged salt or digest with current parameters: verification fails. (needsRehash
        // reads only the parameters, as libsodium's does; such a hash never verifies anyway.)
        let badDigest = [String(hash.dropLast(5)), hash + "A", hash + "$", String(hash.dropLast()) + "!"]
        for candidate in badDigest {
            #expect(!fast.verify("secret", against: candidate))
        }
    }

    @Test("needsRehash is true exactly when the limits differ")
    func rehash() throws {
        let hash = try fast.hash("secret")
        #expect(!fast.needsRehash(hash))
        #expect(PasswordHasher(opsLimit: 2, memLimit: 8192).needsRehash(hash))
        #expect(PasswordHasher(opsLimit: 1, memLimit: 16384).needsRehash(hash))
        #expect(PasswordHasher.interactive.needsRehash(hash))
        // Verification still follows the hash's own limits, whatever the hasher's.
        #expect(PasswordHasher.interactive.verify("secret", against: hash))
    }

    @Test("limits out of libsodium's range throw instead of hashing weakly")
    func invalidLimits() {
        #expect(throws: PasswordHashingError.hashingFailed) { try PasswordHasher(opsLimit: 0, memLimit: 8192).hash("x") }
        #expect(throws: PasswordHashingError.hashingFailed) { try PasswordHasher(opsLimit: 1, memLimit: 1024).hash("x") }
    }

    @Test("dummyVerify is always false")
    func dummy() {
        #expect(!fast.dummyVerify("anything"))
        #expect(!fast.dummyVerify(""))
    }
}
