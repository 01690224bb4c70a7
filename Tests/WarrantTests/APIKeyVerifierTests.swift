import Foundation
import Synchronization
import Testing
import Warrant
import WarrantCrypto

/// Keys in memory, with a switch that makes the store unreachable and a log of recorded uses.
final class MemoryDirectory: APIKeyDirectory {
    private let state = Mutex<(keys: [String: StoredAPIKey], uses: [Date], down: Bool)>(([:], [], false))

    func add(_ key: APIKeyText, roles: [String], expiresAt: Date? = nil, revoked: Bool = false) {
        let stored = StoredAPIKey(id: UUID().uuidString.lowercased(), digest: key.digest, roles: roles, createdAt: Date(timeIntervalSince1970: 0), expiresAt: expiresAt, revokedAt: revoked ? Date() : nil)
        state.withLock { $0.keys[key.prefix] = stored }
    }

    func setDown(_ down: Bool) { state.withLock { $0.down = down } }
    var uses: [Date] { state.withLock { $0.uses } }

    func key(prefix: String) async throws -> StoredAPIKey? {
        try state.withLock { state in
            if state.down { throw CancellationError() }
            return state.keys[prefix]
        }
    }

    func recordUse(id: String, at date: Date) async throws {
        state.withLock { state in
            state.uses.append(date)
            for (prefix, key) in state.keys where key.id == id { state.keys[prefix]?.lastUsedAt = date }
        }
    }
}

@Suite("API keys")
struct APIKeyVerifierTests {
    @Test("a generated key reads back; anything off the exact format is not a key")
    func format() throws {
        let key = try APIKeyText.generate()
        #expect(key.text.count == 3 + 12 + 1 + 43)
        #expect(APIKeyText(parsing: Substring(key.text)) == key)
        #expect(try APIKeyText.generate().prefix != key.prefix)
        let secret = String(key.text.dropFirst(16))
        let withoutLast = String(key.text.dropLast())
        let malformed: [String] = [
            "", "wk_", "wk_nope", withoutLast, key.text + "A", "WK_" + key.prefix + "_" + secret,
            "wk_" + key.prefix.uppercased() + "_" + secret, "wk_" + key.prefix + "-" + secret,
            withoutLast + "=", withoutLast + "+", "wk_abcdefghij01_" + secret,
        ]
        for text in malformed {
            #expect(APIKeyText(parsing: Substring(text)) == nil, "\(text.debugDescription)")
        }
        #expect(APIKeyText.prefix(of: key.text) == key.prefix)
        #expect(APIKeyText.prefix(of: "wk_\(key.prefix)…") == key.prefix)
        #expect(APIKeyText.prefix(of: key.prefix) == key.prefix)
    }

    @Test("a stored key verifies with its roles; the subject is the key's id, and it is never the key")
    func verifies() async throws {
        let directory = MemoryDirectory()
        let key = try APIKeyText.generate()
        directory.add(key, roles: ["member"])
        let verifier = APIKeyVerifier(directory: directory)
        let verified = try #require(await verifier.verify(key.text[...]).verified)
        #expect(verified.roles == ["member"] && verified.subject.hasPrefix("apikey:") && verified.issuer == "api-key")
        #expect(!verified.subject.contains(key.text))
    }

    @Test("unknown, wrong-secret, revoked and expired keys are refused; an unreachable store is 'unavailable'")
    func refusals() async throws {
        let directory = MemoryDirectory()
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let verifier = APIKeyVerifier(directory: directory, now: { now })
        let unknown = try APIKeyText.generate()
        #expect(await verifier.verify(unknown.text[...]) == .refused(.unknownCredential))
        let stored = try APIKeyText.generate()
        directory.add(stored, roles: ["member"])
        let wrongSecret = "wk_" + stored.prefix + "_" + String(repeating: "A", count: 43)
        #expect(await verifier.verify(wrongSecret[...]) == .refused(.unknownCredential), "same prefix, other secret")
        let revoked = try APIKeyText.generate()
        directory.add(revoked, roles: ["member"], revoked: true)
        #expect(await verifier.verify(revoked.text[...]) == .refused(.revoked))
        let expired = try APIKeyText.generate()
        directory.add(expired, roles: ["member"], expiresAt: now)
        #expect(await verifier.verify(expired.text[...]) == .refused(.expired))
        #expect(await verifier.verify("wk_short"[...]) == .refused(.malformed))
        directory.setDown(true)
        #expect(await verifier.verify(stored.text[...]) == .unavailable(retryAfterSeconds: 5))
    }

    @Test("the last use is written at most once per minute per key")
    func lastUse() async throws {
        let directory = MemoryDirectory()
        let clock = TestClock(Date(timeIntervalSince1970: 2_000_000_000))
        let verifier = APIKeyVerifier(directory: directory, now: { clock.now })
        let key = try APIKeyText.generate()
        directory.add(key, roles: ["member"])
        for _ in 0..<5 { _ = await verifier.verify(key.text[...]) }
        #expect(directory.uses.count == 1)
        clock.advance(by: 59)
        _ = await verifier.verify(key.text[...])
        #expect(directory.uses.count == 1)
        clock.advance(by: 1)
        _ = await verifier.verify(key.text[...])
        #expect(directory.uses == [Date(timeIntervalSince1970: 2_000_000_000), Date(timeIntervalSince1970: 2_000_000_060)])
    }
}
