import WarrantCrypto

/// The public keys tokens may be signed with, by PASERK id (`k4.pid…`): several at once, for rotation.
public struct PublicKeyring: Sendable {
    /// The keys in configuration order; the first is the current one.
    public let keys: [PASETOPublicKey]
    private let byID: [String: PASETOPublicKey]

    /// A keyring of `keys`.
    public init(_ keys: [PASETOPublicKey]) {
        var unique: [PASETOPublicKey] = []
        for key in keys where !unique.contains(key) { unique.append(key) }
        self.keys = unique
        byID = Dictionary(unique.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Parses PASERK `k4.public…` strings; the error names the position of a malformed one, never its text.
    public init(paserks: [String]) throws {
        var keys: [PASETOPublicKey] = []
        for (index, paserk) in paserks.enumerated() {
            do {
                keys.append(try PASETOPublicKey(paserk: paserk))
            } catch {
                throw SettingsError(key: "AUTH_PUBLIC_KEYS", problem: "entry \(index + 1) is not a PASERK k4.public key (\(error))")
            }
        }
        self.init(keys)
    }

    /// The key with this `k4.pid` id.
    func key(id: String) -> PASETOPublicKey? { byID[id] }
}
