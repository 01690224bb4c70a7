import Foundation
import Logging
import Synchronization
import Testing
@testable import WarrantOIDC

/// A clock the tests move by hand.
final class ManualClock: Sendable {
    private let storage = Mutex(Date(timeIntervalSince1970: 1_900_000_000))
    var now: Date { storage.withLock { $0 } }
    func advance(by seconds: TimeInterval) { storage.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// Counts how often the key set changed.
final class ChangeCounter: Sendable {
    private let storage = Mutex(0)
    var count: Int { storage.withLock { $0 } }
    func increment() { storage.withLock { $0 += 1 } }
}

@Suite("The provider's keys: fetched once, cached, refreshed, served stale within bounds")
struct ProviderKeyCacheTests {
    let clock = ManualClock()
    let settings = OIDCSettings(issuer: MemoryProvider.issuer, audience: "api", refreshInterval: 900, cooldown: 60, maximumStaleness: 3600)

    func cache(_ provider: MemoryProvider, changes: ChangeCounter = ChangeCounter()) -> ProviderKeyCache {
        let clock = self.clock
        return ProviderKeyCache(settings: settings, documents: provider, now: { clock.now }, logger: Logger(label: "test")) {
            changes.increment()
        }
    }

    func isKey(_ lookup: ProviderKeyCache.Lookup, _ id: String) -> Bool {
        if case .key(let key) = lookup { return key.id == id }
        return false
    }

    func isUnavailable(_ lookup: ProviderKeyCache.Lookup) -> Bool {
        if case .unavailable = lookup { return true }
        return false
    }

    @Test("the first lookup fetches discovery and keys; later ones are answered from memory")
    func fetchOnce() async throws {
        let provider = MemoryProvider(jwks: try MemoryProvider.jwks(kids: ["a", "b"]))
        let keys = cache(provider)
        #expect(isKey(await keys.key(id: "a"), "a"))
        #expect(isKey(await keys.key(id: "b"), "b"))
        #expect(provider.jwksFetches == 1)
    }

    @Test("a hundred concurrent lookups of an unknown kid make one fetch; within the cooldown it is 'unknown' without fetching")
    func unknownKidIsRateLimited() async throws {
        let provider = MemoryProvider(jwks: try MemoryProvider.jwks(kids: ["a"]))
        let keys = cache(provider)
        _ = await keys.key(id: "a")
        clock.advance(by: 61)
        let unknowns = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<100 {
                group.addTask {
                    if case .unknown = await keys.key(id: "zz") { return true }
                    return false
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(unknowns == 100)
        #expect(provider.jwksFetches == 2, "one refetch for the burst, not one per request")
        clock.advance(by: 30)
        if case .unknown = await keys.key(id: "zz") {} else { Issue.record("an unknown kid within the cooldown is unknown") }
        #expect(provider.jwksFetches == 2)
    }

    @Test("a rotated-in key is found by the refetch its unknown kid triggers, after the cooldown")
    func rotation() async throws {
        let provider = MemoryProvider(jwks: try MemoryProvider.jwks(kids: ["old"]))
        let changes = ChangeCounter()
        let keys = cache(provider, changes: changes)
        _ = await keys.key(id: "old")
        provider.setKeys(try MemoryProvider.jwks(kids: ["old-2", "new"]))
        clock.advance(by: 60)
        #expect(isKey(await keys.key(id: "new"), "new"))
        #expect(changes.count == 2, "the first load and the rotation each changed the key set")
        if case .unknown = await keys.key(id: "old") {} else { Issue.record("a retired kid is unknown once the set is refetched") }
    }

    @Test("past the refresh interval the keys are refetched in the background while the old ones answer")
    func backgroundRefresh() async throws {
        let provider = MemoryProvider(jwks: try MemoryProvider.jwks(kids: ["a"]))
        let keys = cache(provider)
        _ = await keys.key(id: "a")
        clock.advance(by: 901)
        #expect(isKey(await keys.key(id: "a"), "a"), "answered at once from the cached set")
        for _ in 0..<200 where provider.jwksFetches < 2 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(provider.jwksFetches == 2)
    }

    @Test("while the provider is down the cached keys are used until the maximum staleness, then 'unavailable'")
    func staleThenUnavailable() async throws {
        let provider = MemoryProvider(jwks: try MemoryProvider.jwks(kids: ["a"]))
        let keys = cache(provider)
        _ = await keys.key(id: "a")
        provider.setDown(true)
        clock.advance(by: 1000)
        #expect(isKey(await keys.key(id: "a"), "a"), "stale but within the bound")
        #expect(isUnavailable(await keys.key(id: "new")), "an unknown kid while the provider is down cannot be told from a new key")
        clock.advance(by: 2601)
        #expect(isUnavailable(await keys.key(id: "a")), "past the maximum staleness nothing is trusted")
        provider.setDown(false)
        clock.advance(by: 11)
        #expect(isKey(await keys.key(id: "a"), "a"), "the provider is back: keys are fetched again")
    }

    @Test("a provider that is down from the start is 'unavailable', retried after a short wait, never fetched per request")
    func downFromTheStart() async throws {
        let provider = MemoryProvider(jwks: try MemoryProvider.jwks(kids: ["a"]))
        provider.setDown(true)
        let keys = cache(provider)
        #expect(isUnavailable(await keys.key(id: "a")))
        #expect(isUnavailable(await keys.key(id: "a")))
        provider.setDown(false)
        #expect(isUnavailable(await keys.key(id: "a")), "within the retry wait")
        clock.advance(by: 10)
        #expect(isKey(await keys.key(id: "a"), "a"))
    }

    @Test("a discovery document for another issuer, or without an https jwks_uri, yields no keys")
    func discoveryMustMatch() async throws {
        let jwks = try MemoryProvider.jwks(kids: ["a"])
        for discovery in [
            #"{"issuer":"https://evil.example.test","jwks_uri":"\#(MemoryProvider.jwksURL)"}"#,
            #"{"issuer":"\#(MemoryProvider.issuer)","jwks_uri":"http://issuer.example.test/jwks"}"#,
            #"{"issuer":"\#(MemoryProvider.issuer)"}"#,
            #"{"issuer":"\#(MemoryProvider.issuer)","issuer":"\#(MemoryProvider.issuer)","jwks_uri":"\#(MemoryProvider.jwksURL)"}"#,
        ] {
            let keys = cache(MemoryProvider(jwks: jwks, discovery: discovery))
            #expect(isUnavailable(await keys.key(id: "a")), "\(discovery)")
        }
    }
}
