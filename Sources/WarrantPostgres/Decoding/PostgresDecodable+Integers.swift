extension Int64: PostgresDecodable {
    /// Reads `int2`, `int4` or `int8`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        self = try cell.integer(as: Int64.self)
    }
}

extension Int: PostgresDecodable {
    /// Reads `int2`, `int4` or `int8`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        let wide = try cell.integer(as: Int.self)
        guard let value = Int(exactly: wide) else {
            throw cell.invalidValue(Int.self, reason: "value out of range")
        }
        self = value
    }
}

extension Int32: PostgresDecodable {
    /// Reads `int2` or `int4`, or an `int8` that fits.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        let wide = try cell.integer(as: Int32.self)
        guard let value = Int32(exactly: wide) else {
            throw cell.invalidValue(Int32.self, reason: "value out of range")
        }
        self = value
    }
}

extension Int16: PostgresDecodable {
    /// Reads `int2`, or an `int4`/`int8` that fits.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        let wide = try cell.integer(as: Int16.self)
        guard let value = Int16(exactly: wide) else {
            throw cell.invalidValue(Int16.self, reason: "value out of range")
        }
        self = value
    }
}
