/// Where a page of a keyset listing starts: the first page, or just after or before a row's key.
///
/// A store turns it into `WHERE key > $after ORDER BY key` or `WHERE key < $before ORDER BY key DESC`
/// (then reverses), fetching ``PageRequest/fetchLimit`` rows: pages stay stable when rows are inserted.
public enum PagePosition: Sendable, Hashable {
    /// The first page.
    case first
    /// The rows whose key is greater than this one (the page after).
    case after(Int64)
    /// The rows whose key is less than this one (the page before), nearest first.
    case before(Int64)

    /// The payload a cursor seals: a version byte, the direction, the key.
    var payload: [UInt8] {
        switch self {
        case .first: return [1, 0]
        case .after(let key): return [1, 1] + Self.bytes(of: key)
        case .before(let key): return [1, 2] + Self.bytes(of: key)
        }
    }

    /// The position a cursor's payload names, if it is one.
    init?(payload: [UInt8]) {
        if payload == [1, 0] {
            self = .first
            return
        }
        guard payload.count == 10, payload[0] == 1 else { return nil }
        let key = payload[2...].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        switch payload[1] {
        case 1: self = .after(Int64(bitPattern: key))
        case 2: self = .before(Int64(bitPattern: key))
        default: return nil
        }
    }

    private static func bytes(of key: Int64) -> [UInt8] {
        let value = UInt64(bitPattern: key)
        return (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }
}
