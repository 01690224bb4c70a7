import Testing
import WarrantCrypto

/// The official PASERK k4 vectors (`Vectors/paserk-k4-*.json`), every one of them.
@Suite("PASERK k4 test vectors")
struct PASERKVectorTests {
    @Test("each vector file holds its expected number of vectors",
          arguments: [("local", 5), ("public", 4), ("secret", 5), ("lid", 4), ("pid", 5), ("sid", 4)])
    func vectorCounts(type: String, count: Int) throws {
        #expect(try PASERKVector.load(type).count == count)
    }

    @Test("k4.local", arguments: try PASERKVector.load("local"))
    func local(_ vector: PASERKVector) throws {
        if vector.expectFail {
            if let key = vector.key {
                #expect(throws: PASETOKeyError.self) { try PASETOLocalKey(bytes: hex(key)) }
            }
            if let paserk = vector.paserk {
                #expect(throws: PASETOKeyError.self) { try PASETOLocalKey(paserk: paserk) }
            }
            #expect(vector.key != nil || vector.paserk != nil)
            return
        }
        let expected = try #require(vector.paserk)
        let key = try PASETOLocalKey(bytes: hex(try #require(vector.key)))
        #expect(key.paserk == expected)
        let parsed = try PASETOLocalKey(paserk: expected)
        #expect(parsed.paserk == expected)
        #expect(parsed.id == key.id)
    }

    @Test("k4.public", arguments: try PASERKVector.load("public"))
    func `public`(_ vector: PASERKVector) throws {
        if vector.expectFail {
            #expect(vector.paserk == nil)
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOPublicKey(bytes: hex(try #require(vector.key))) }
            return
        }
        let expected = try #require(vector.paserk)
        let bytes = try hex(try #require(vector.key))
        let key = try PASETOPublicKey(bytes: bytes)
        #expect(key.paserk == expected)
        let parsed = try PASETOPublicKey(paserk: expected)
        #expect(parsed.bytes == bytes)
        #expect(parsed == key)
    }

    @Test("k4.secret", arguments: try PASERKVector.load("secret"))
    func secret(_ vector: PASERKVector) throws {
        let bytes = try hex(try #require(vector.key))
        if vector.expectFail {
            #expect(vector.paserk == nil)
            #expect(throws: PASETOKeyError.self) { try PASETOSecretKey(bytes: bytes) }
            return
        }
        let expected = try #require(vector.paserk)
        let key = try PASETOSecretKey(bytes: bytes)
        #expect(key.paserk == expected)
        #expect(key.publicKey.bytes == (try hex(try #require(vector.publicKey))))
        #expect(try PASETOSecretKey(seed: hex(try #require(vector.secretKeySeed))).paserk == expected)
        let parsed = try PASETOSecretKey(paserk: expected)
        #expect(parsed.paserk == expected)
        #expect(parsed.publicKey == key.publicKey)
    }

    @Test("k4.secret failures fail for the right reason")
    func secretFailureReasons() throws {
        let vectors = try PASERKVector.load("secret").filter(\.expectFail)
        let reasons = try vectors.map { vector -> PASETOKeyError? in
            do {
                _ = try PASETOSecretKey(bytes: hex(try #require(vector.key)))
                return nil
            } catch let error as PASETOKeyError {
                return error
            }
        }
        // fail-1 is 31 bytes; fail-2 is a 48-byte P-384 secret scalar (with a PEM as its "public key").
        #expect(reasons == [.invalidLength, .invalidLength])
    }

    @Test("k4.lid", arguments: try PASERKVector.load("lid"))
    func lid(_ vector: PASERKVector) throws {
        let bytes = try hex(try #require(vector.key))
        if vector.expectFail {
            #expect(vector.paserk == nil)
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOLocalKey(bytes: bytes) }
            return
        }
        #expect(try PASETOLocalKey(bytes: bytes).id == vector.paserk)
    }

    @Test("k4.pid (ids are computed without validating curve points)", arguments: try PASERKVector.load("pid"))
    func pid(_ vector: PASERKVector) throws {
        let bytes = try hex(try #require(vector.key))
        if vector.expectFail {
            #expect(vector.paserk == nil)
            #expect(throws: PASETOKeyError.invalidLength) { try PASETOPublicKey(bytes: bytes) }
            return
        }
        #expect(try PASETOPublicKey(bytes: bytes).id == vector.paserk)
    }

    @Test("k4.sid", arguments: try PASERKVector.load("sid"))
    func sid(_ vector: PASERKVector) throws {
        let bytes = try hex(try #require(vector.key))
        if vector.expectFail {
            #expect(vector.paserk == nil)
            #expect(throws: PASETOKeyError.self) { try PASETOSecretKey(bytes: bytes) }
            return
        }
        let key = try PASETOSecretKey(bytes: bytes)
        #expect(key.id == vector.paserk)
        #expect(try PASETOSecretKey(seed: hex(try #require(vector.seed))).id == vector.paserk)
    }
}
