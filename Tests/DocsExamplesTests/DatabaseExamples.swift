import Foundation
import Testing
import WarrantPostgres
import WarrantTesting

// docs/07-database.md

/// A row of `accounts`, decoded by column name.
struct AccountRow: Decodable, Sendable {
    var id: Int64
    var owner: String
    var balance: Int64
}

/// Moves money between two accounts: both updates happen, or neither does.
func transfer(_ amount: Int64, from source: Int64, to target: Int64, in pool: PostgresPool) async throws {
    try await pool.transaction { connection in
        let debited = try await connection.execute("""
            UPDATE accounts SET balance = balance - \(amount) WHERE id = \(source) AND balance >= \(amount)
            """)
        guard debited == 1 else { throw TransferError.insufficientFunds }
        try await connection.execute("UPDATE accounts SET balance = balance + \(amount) WHERE id = \(target)")
    }
}

/// Why a transfer failed.
enum TransferError: Error {
    case insufficientFunds
}

let accountMigrations = Migrator(migrations: [
    Migration(version: 1, name: "create accounts", sql: """
        CREATE TABLE accounts (id BIGSERIAL PRIMARY KEY, owner TEXT NOT NULL, balance BIGINT NOT NULL CHECK (balance >= 0));
        """),
])

@Suite("Database tutorial")
struct DatabaseTutorialTests {
    @Test("a transaction commits both updates, or rolls both back")
    func transactions() async throws {
        let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: try await TestDatabases.shared.fresh(migratedWith: accountMigrations)))
        try await pool.execute("INSERT INTO accounts (owner, balance) VALUES ('ada', 100), ('bob', 0)")
        try await transfer(60, from: 1, to: 2, in: pool)
        await #expect(throws: TransferError.self) { try await transfer(60, from: 1, to: 2, in: pool) }
        let owner = "ada"
        let rows = try await pool.query("SELECT id, owner, balance FROM accounts WHERE owner = \(owner)", decoding: AccountRow.self)
        #expect(rows.map(\.balance) == [40])
        #expect(try await pool.queryValue("SELECT sum(balance)::bigint FROM accounts", as: Int64.self) == 100)
        await pool.close()
    }
}
