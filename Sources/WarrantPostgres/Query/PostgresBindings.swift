/// The encoded parameters of one statement, laid out the way `PQexecParams` wants them:
/// one shared byte buffer plus a length (`-1` for `NULL`) and a type OID per parameter.
struct PostgresBindings: Sendable {
    /// The largest single value PostgreSQL accepts (1 GiB).
    static let maximumValueLength = 1 << 30

    var buffer = PostgresEncodingBuffer()
    var lengths: [Int32] = []
    var types: [UInt32] = []
    /// Set when a value could not be bound; the statement then fails before it is sent.
    var problem: String?

    init(capacity: Int = 0) {
        if capacity > 0 {
            lengths.reserveCapacity(capacity)
            types.reserveCapacity(capacity)
            buffer.reserveCapacity(capacity * 8)
        }
    }

    var count: Int { lengths.count }

    mutating func append<Value: PostgresEncodable>(_ value: Value) {
        types.append(Value.postgresDataType.rawValue)
        if value.isPostgresNull {
            lengths.append(-1)
            return
        }
        let start = buffer.count
        value.encode(into: &buffer)
        let length = buffer.count - start
        if length > Self.maximumValueLength {
            problem = "parameter $\(lengths.count + 1) is larger than 1 GiB"
            lengths.append(0)
        } else {
            lengths.append(Int32(length))
        }
    }
}
