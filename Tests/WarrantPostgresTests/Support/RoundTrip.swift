import WarrantPostgres

extension PostgresQueryable {
    /// Sends `value` as a parameter, has the server hand it back, and decodes it.
    func roundTrip<Value: PostgresEncodable & PostgresDecodable>(_ value: Value) async throws -> Value {
        try await queryValue("SELECT \(value) AS value", as: Value.self)
    }
}
