/// Maps column names to indices for one result, so that decoding a row by name
/// resolves each name against the result's columns without touching libpq.
///
/// Rows are decoded one cell at a time by name (twenty rows of four columns are eighty lookups per
/// request), so the lookup is a linear scan of the few column keys: comparing short strings is cheaper
/// than hashing them. Results with many columns use a dictionary.
struct ColumnLookup: Sendable {
    /// Marks a name that several columns share; decoding it is an error.
    static let ambiguous = -1
    /// Up to this many columns, a scan beats hashing.
    static let scanLimit = 16

    /// The column names as the server reported them.
    let names: [String]
    /// The names decoding looks up, one per column, with ``ambiguous`` for a name several columns share.
    private let keys: [(key: String, index: Int)]
    /// The same, hashed, for wide results.
    private let indices: [String: Int]?

    /// `keys` are the names decoding looks up, one per column (the column names, or
    /// their camel-case forms).
    init(names: [String], keys: [String]) {
        self.names = names
        guard keys.count > Self.scanLimit else {
            // A result of a few columns, the usual one, is built for every statement run: no dictionary.
            self.keys = keys.enumerated().map { index, key in
                let occurrences = keys.reduce(0) { $1 == key ? $0 + 1 : $0 }
                return (key, occurrences > 1 ? Self.ambiguous : index)
            }
            self.indices = nil
            return
        }
        var indices: [String: Int] = [:]
        indices.reserveCapacity(keys.count)
        for (index, name) in keys.enumerated() {
            indices[name] = indices[name] == nil ? index : Self.ambiguous
        }
        self.keys = keys.map { ($0, indices[$0] ?? Self.ambiguous) }
        self.indices = indices
    }

    /// The column's index, ``ambiguous``, or `nil` if no column has that name.
    func index(of name: String) -> Int? {
        if let indices { return indices[name] }
        for entry in keys where entry.key == name { return entry.index }
        return nil
    }
}
