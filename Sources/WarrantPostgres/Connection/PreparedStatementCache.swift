/// Identifies a prepared statement: the same text with other parameter types (`SELECT $1`
/// with an `int8`, then with a `text`) is a different statement.
struct StatementKey: Hashable {
    let sql: String
    let parameterTypes: [UInt32]
}

/// The statements one connection has prepared, keyed by SQL text and parameter types.
///
/// Names are `w` plus a 64-bit FNV-1a hash of the text and types; the map is keyed by
/// the full key itself, so a hash collision can never run the wrong statement (the
/// newcomer just gets a suffixed name). When full, the oldest statement is dropped.
struct PreparedStatementCache {
    private var namesBySQL: [StatementKey: String] = [:]
    private var usedNames: Set<String> = []
    private var insertionOrder: [StatementKey] = []
    private var oldest = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func name(for sql: StatementKey) -> String? {
        namesBySQL[sql]
    }

    /// Picks a name for `sql` without recording it (recorded once the server accepted it).
    func proposedName(for sql: StatementKey) -> String {
        let base = "w" + String(Self.fnv1a(sql), radix: 16)
        var name = base
        var suffix = 1
        while usedNames.contains(name) {
            name = "\(base)_\(suffix)"
            suffix += 1
        }
        return name
    }

    /// Records a prepared statement; returns the name of one evicted to make room, which
    /// the caller should `DEALLOCATE`.
    mutating func insert(sql: StatementKey, name: String) -> String? {
        var evicted: String?
        if namesBySQL.count >= capacity {
            evicted = removeOldest()
        }
        namesBySQL[sql] = name
        usedNames.insert(name)
        insertionOrder.append(sql)
        return evicted
    }

    /// Forgets a statement the server rejected as stale. Its name stays reserved, since
    /// the server may still hold a statement by that name; returns the name.
    mutating func retire(sql: StatementKey) -> String? {
        namesBySQL.removeValue(forKey: sql)
    }

    mutating func removeAll() {
        namesBySQL.removeAll()
        usedNames.removeAll()
        insertionOrder.removeAll()
        oldest = 0
    }

    private mutating func removeOldest() -> String? {
        while oldest < insertionOrder.count {
            let sql = insertionOrder[oldest]
            oldest += 1
            if let name = namesBySQL.removeValue(forKey: sql) {
                usedNames.remove(name)
                compactOrderIfNeeded()
                return name
            }
        }
        return nil
    }

    private mutating func compactOrderIfNeeded() {
        if oldest > capacity {
            insertionOrder.removeFirst(oldest)
            oldest = 0
        }
    }

    static func fnv1a(_ key: StatementKey) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        for byte in key.sql.utf8 {
            mix(byte)
        }
        for type in key.parameterTypes {
            withUnsafeBytes(of: type.littleEndian) { $0.forEach(mix) }
        }
        return hash
    }
}
