import WarrantJSON

/// The provider's usable signing keys, by `kid`, read from a JWKS document.
///
/// Keys Warrant does not accept are skipped (and reported), and a `kid` that appears twice is dropped
/// entirely: which of the two verifies would be ambiguous.
struct PinnedKeySet: Sendable {
    /// Usable keys by `kid`.
    let keys: [String: PinnedKey]
    /// Keys that were not taken, with the reason.
    let skipped: [SkippedKey]

    /// The key with this `kid`.
    func key(id: String) -> PinnedKey? { keys[id] }

    /// Whether two sets hold the same keys.
    func sameKeys(as other: PinnedKeySet) -> Bool {
        Set(keys.values.map(\.fingerprint)) == Set(other.keys.values.map(\.fingerprint))
    }

    /// Bounds for a JWKS document.
    static let limits = JSONLimits(maxDepth: 6, maxStringLength: 16_384, maxKeysPerObject: 64, maxArrayLength: 256, maxNumberLength: 32)

    /// The keys of a JWKS document, or `nil` when it is not one (`{"keys": [...]}` of objects).
    static func parse(_ document: [UInt8]) async -> PinnedKeySet? {
        guard case .object(let root)? = try? JSONParser.parse(document, limits: limits),
              case .array(let entries)? = root["keys"]
        else { return nil }
        var keys: [String: PinnedKey] = [:]
        var skipped: [SkippedKey] = []
        var duplicated: Set<String> = []
        for entry in entries {
            guard case .object(let jwk) = entry else { return nil }
            switch await PinnedKey.make(from: jwk) {
            case .success(let key):
                if keys[key.id] != nil || duplicated.contains(key.id) {
                    duplicated.insert(key.id)
                    keys[key.id] = nil
                } else {
                    keys[key.id] = key
                }
            case .failure(let reason):
                skipped.append(reason)
            }
        }
        skipped += duplicated.sorted().map { SkippedKey(id: $0, reason: "kid appears more than once") }
        return PinnedKeySet(keys: keys, skipped: skipped)
    }
}
