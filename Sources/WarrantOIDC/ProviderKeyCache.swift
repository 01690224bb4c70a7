import Foundation
import Logging
import Synchronization
import WarrantJSON

/// The provider's signing keys: fetched (discovery document, then its `jwks_uri`) when first needed, cached,
/// refreshed in the background once older than the refresh interval, refetched for an unknown `kid` at most
/// once per cooldown, and — while fetches fail — still used until the maximum staleness after the last good
/// fetch. One fetch at a time: concurrent requests that need keys wait for the same one.
final class ProviderKeyCache: Sendable {
    /// What a lookup found.
    enum Lookup: Sendable {
        /// The key with the `kid`.
        case key(PinnedKey)
        /// The keys are current and none has the `kid`.
        case unknown
        /// No usable keys could be had: try again in this many seconds.
        case unavailable(retryAfterSeconds: Int)
    }

    private struct State {
        var keys: PinnedKeySet?
        var fetchedAt: Date?
        var attemptedAt: Date?
        var lastAttemptFailed = false
        var refresh: Task<Void, Never>?
    }

    private enum Decision {
        case found(PinnedKey)
        case wait(Task<Void, Never>)
        case answer(Lookup)
    }

    private let state = Mutex(State())
    let settings: OIDCSettings
    let documents: any ProviderDocuments
    let now: @Sendable () -> Date
    let logger: Logger
    /// Called when a fetch brings a different key set (the verifier then forgets tokens it verified).
    let keysChanged: @Sendable () -> Void

    init(settings: OIDCSettings, documents: any ProviderDocuments, now: @escaping @Sendable () -> Date, logger: Logger, keysChanged: @escaping @Sendable () -> Void) {
        self.settings = settings
        self.documents = documents
        self.now = now
        self.logger = logger
        self.keysChanged = keysChanged
    }

    /// How long to wait before fetching again when there are no usable keys at all.
    private var retryInterval: TimeInterval { min(settings.cooldown, 10) }

    /// The key with `kid`, fetching the key set when it is missing, stale or lacks the `kid`.
    func key(id: String) async -> Lookup {
        let decision = state.withLock { state in decide(&state, id: id, now: now()) }
        switch decision {
        case .found(let key):
            return .key(key)
        case .answer(let lookup):
            return lookup
        case .wait(let refresh):
            await refresh.value
            return state.withLock { state in
                let now = self.now()
                if let key = usableKeys(state, now: now)?.key(id: id) { return .key(key) }
                if state.lastAttemptFailed || usableKeys(state, now: now) == nil {
                    return .unavailable(retryAfterSeconds: Int(retryInterval.rounded(.up)))
                }
                return .unknown
            }
        }
    }

    /// Starts a fetch now unless one is running (at start-up, so the first request finds the keys ready).
    func warmUp() async {
        let refresh = state.withLock { state in state.refresh ?? startRefresh(&state, now: now()) }
        await refresh.value
    }

    /// Whether keys are loaded and usable now.
    var hasUsableKeys: Bool {
        state.withLock { usableKeys($0, now: now()) != nil }
    }

    private func decide(_ state: inout State, id: String, now: Date) -> Decision {
        let usable = usableKeys(state, now: now)
        if let key = usable?.key(id: id) {
            if let fetchedAt = state.fetchedAt, now.timeIntervalSince(fetchedAt) >= settings.refreshInterval,
               state.refresh == nil, cooledDown(state, now: now, interval: settings.cooldown) {
                _ = startRefresh(&state, now: now)
            }
            return .found(key)
        }
        if let refresh = state.refresh { return .wait(refresh) }
        let interval = usable == nil ? retryInterval : settings.cooldown
        guard cooledDown(state, now: now, interval: interval) else {
            if usable == nil || state.lastAttemptFailed {
                let elapsed = state.attemptedAt.map { now.timeIntervalSince($0) } ?? 0
                return .answer(.unavailable(retryAfterSeconds: max(1, Int((interval - elapsed).rounded(.up)))))
            }
            return .answer(.unknown)
        }
        return .wait(startRefresh(&state, now: now))
    }

    private func cooledDown(_ state: State, now: Date, interval: TimeInterval) -> Bool {
        state.attemptedAt.map { now.timeIntervalSince($0) >= interval } ?? true
    }

    private func usableKeys(_ state: State, now: Date) -> PinnedKeySet? {
        guard let keys = state.keys, let fetchedAt = state.fetchedAt, now.timeIntervalSince(fetchedAt) < settings.maximumStaleness else { return nil }
        return keys
    }

    private func startRefresh(_ state: inout State, now: Date) -> Task<Void, Never> {
        state.attemptedAt = now
        let refresh = Task { await self.refresh() }
        state.refresh = refresh
        return refresh
    }

    /// Fetches the discovery document and the key set, and installs the keys; on failure keeps the old ones.
    private func refresh() async {
        let fetched: PinnedKeySet?
        do {
            fetched = try await fetchKeys()
        } catch {
            logger.warning("OIDC keys could not be fetched; the cached keys stay in use until they are too stale", metadata: [
                "error": "\(error)", "issuer": "\(settings.issuer)",
            ])
            fetched = nil
        }
        let changed = state.withLock { state -> Bool in
            state.refresh = nil
            guard let fetched else {
                state.lastAttemptFailed = true
                return false
            }
            let changed = state.keys.map { !$0.sameKeys(as: fetched) } ?? true
            state.keys = fetched
            state.fetchedAt = now()
            state.lastAttemptFailed = false
            return changed
        }
        if changed { keysChanged() }
    }

    private func fetchKeys() async throws -> PinnedKeySet {
        let discovery = try await documents.fetch(settings.discoveryURL)
        guard case .object(let document)? = try? JSONParser.parse(discovery, limits: PinnedKeySet.limits) else {
            throw ProviderDocumentError("\(settings.discoveryURL) is not a JSON object")
        }
        // OpenID Connect Discovery §4.3: the document's issuer must be exactly the one configured.
        guard case .string(let issuer)? = document["issuer"], issuer == settings.issuer else {
            throw ProviderDocumentError("\(settings.discoveryURL) names another issuer than \(settings.issuer)")
        }
        guard case .string(let jwksURL)? = document["jwks_uri"], let url = URL(string: jwksURL), ProviderURL.isAllowed(url) else {
            throw ProviderDocumentError("\(settings.discoveryURL) has no https:// jwks_uri")
        }
        guard let keys = await PinnedKeySet.parse(try await documents.fetch(jwksURL)) else {
            throw ProviderDocumentError("\(jwksURL) is not a JWKS document")
        }
        for skipped in keys.skipped {
            logger.info("OIDC key skipped", metadata: ["kid": "\(skipped.id ?? "-")", "reason": "\(skipped.reason)"])
        }
        guard !keys.keys.isEmpty else { throw ProviderDocumentError("\(jwksURL) holds no usable signing key") }
        return keys
    }
}
