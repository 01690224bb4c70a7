/// The entries of an in-memory store whose old entries lapse: each time the dictionary has doubled since
/// the last sweep, the lapsed ones are dropped. Memory stays within twice the live entries, and a sweep's
/// cost is spread over the insertions that filled it.
struct SweptEntries<Key: Hashable, Value> {
    /// Every entry kept, lapsed ones included until the next sweep.
    private(set) var entries: [Key: Value] = [:]
    /// The size at which lapsed entries are next swept.
    private var sweepAt = 1024

    /// Drops the entries `isLive` says have lapsed, if the dictionary has doubled since the last sweep.
    mutating func sweepIfGrown(keeping isLive: (Value) -> Bool) {
        guard entries.count >= sweepAt else { return }
        entries = entries.filter { isLive($0.value) }
        sweepAt = max(1024, entries.count * 2)
    }

    /// The entry for `key`.
    subscript(key: Key) -> Value? {
        get { entries[key] }
        set { entries[key] = newValue }
    }
}
