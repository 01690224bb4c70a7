/// Maps column names to indices for one result, so that decoding a row by name
/// resolves each name once per result rather than once per row.
struct ColumnLookup: Sendable {
    /// Marks a name that several columns share; decoding it is an error.
    static let ambiguous = -1

    /// The column names as the server reported them.
    let names: [String]
    private let indices: [String: Int]

    /// `keys` are the names decoding looks up, one per column (the column names, or
    /// their camel-case forms).
    init(names: [String], keys: [String]) {
        self.names = names
        var indices: [String: Int] = [:]
        indices.reserveCapacity(keys.count)
        for (index, name) in keys.enumerated() {
            if indices[name] == nil {
                indices[name] = index
            } else {
                indices[name] = Self.ambiguous
            }
        }
        self.indices = indices
    }

    /// The column's index, ``ambiguous``, or `nil` if no column has that name.
    func index(of name: String) -> Int? {
        indices[name]
    }
}
