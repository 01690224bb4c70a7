import Foundation
import Testing
import WarrantPostgres

@Suite("Migrations")
struct MigrationTests {
    static let first = Migration(version: 1, name: "create_todos", sql: """
        CREATE TABLE todos (id bigserial PRIMARY KEY, title text NOT NULL);
        INSERT INTO todos (title) VALUES ('seeded');
        """)
    static let second = Migration(version: 2, name: "add_done", sql: "ALTER TABLE todos ADD COLUMN done boolean NOT NULL DEFAULT false")
    static let third = Migration(version: 5, name: "index_title", sql: "CREATE INDEX todos_title ON todos (title)")

    @Test func appliesInOrderAndOnlyOnce() async throws {
        try await TestDatabase.withPool { pool async throws in
            let applied = try await Migrator(migrations: [Self.first, Self.second]).migrate(on: pool)
            #expect(applied.map(\.version) == [1, 2])
            #expect(try await pool.queryValue("SELECT count(*) FROM todos WHERE NOT done", as: Int.self) == 1)

            // Running again does nothing; adding one applies just that one.
            #expect(try await Migrator(migrations: [Self.first, Self.second]).migrate(on: pool).isEmpty)
            let later = try await Migrator(migrations: [Self.first, Self.second, Self.third]).migrate(on: pool)
            #expect(later.map(\.version) == [5])
            #expect(try await pool.queryValue("SELECT count(*) FROM todos", as: Int.self) == 1)

            let records = try await Migrator(migrations: []).appliedMigrations(on: pool)
            #expect(records.map(\.version) == [1, 2, 5])
            #expect(records.map(\.name) == ["create_todos", "add_done", "index_title"])
            #expect(records.map(\.checksum) == [Self.first.checksum, Self.second.checksum, Self.third.checksum])
            #expect(records.allSatisfy { $0.checksum.count == 64 })
            #expect(records[0].appliedAt <= records[2].appliedAt)
        }
    }

    @Test("pending migrations: all of them before the first run, then only those not recorded")
    func pendingMigrations() async throws {
        try await TestDatabase.withPool { pool async throws in
            let all = Migrator(migrations: [Self.first, Self.second, Self.third])
            #expect(try await all.pendingMigrations(on: pool).map(\.version) == [1, 2, 5])
            try await Migrator(migrations: [Self.first]).migrate(on: pool)
            #expect(try await all.pendingMigrations(on: pool).map(\.version) == [2, 5])
            try await all.migrate(on: pool)
            #expect(try await all.pendingMigrations(on: pool).isEmpty)
        }
    }

    @Test func refusesAChangedMigration() async throws {
        try await TestDatabase.withPool { pool async throws in
            try await Migrator(migrations: [Self.first]).migrate(on: pool)
            let edited = Migration(version: 1, name: "create_todos", sql: Self.first.sql + "\n-- edited")
            await #expect {
                try await Migrator(migrations: [edited, Self.second]).migrate(on: pool)
            } throws: { error in
                guard case .checksumMismatch(let version, let name, let recorded, let current) = error as? MigrationError else {
                    return false
                }
                return version == 1 && name == "create_todos" && recorded == Self.first.checksum && current == edited.checksum
                    && "\(error)".contains("migration 1 \"create_todos\"")
            }
            // Nothing after the refusal ran.
            #expect(try await pool.queryValue("SELECT count(*) FROM warrant_migrations", as: Int.self) == 1)

            let renamed = Migration(version: 1, name: "make_todos", sql: Self.first.sql)
            await #expect {
                try await Migrator(migrations: [renamed]).migrate(on: pool)
            } throws: { error in
                guard case .nameMismatch(1, "create_todos", "make_todos") = error as? MigrationError else { return false }
                return true
            }
        }
    }

    @Test func refusesUnorderedOrDuplicateVersions() async throws {
        try await TestDatabase.withPool { pool async throws in
            for list in [[Self.second, Self.first], [Self.first, Migration(version: 1, name: "again", sql: "SELECT 1")]] {
                await #expect {
                    try await Migrator(migrations: list).migrate(on: pool)
                } throws: { error in
                    guard case .versionsNotIncreasing = error as? MigrationError else { return false }
                    return true
                }
            }
            #expect(try await pool.queryValue("SELECT to_regclass('warrant_migrations') IS NULL", as: Bool.self))
            #expect(throws: MigrationError.self) { try Migrator(migrations: [Self.second, Self.first]).validate() }
        }
    }

    @Test func failingMigrationIsRolledBackAndNamed() async throws {
        try await TestDatabase.withPool { pool async throws in
            let broken = Migration(version: 2, name: "broken", sql: """
                CREATE TABLE half_done (id int);
                SELECT * FROM does_not_exist;
                """)
            await #expect {
                try await Migrator(migrations: [Self.first, broken]).migrate(on: pool)
            } throws: { error in
                guard case .failed(2, "broken", let underlying) = error as? MigrationError else { return false }
                return underlying.sqlState == "42P01" && "\(error)".contains("migration 2 \"broken\"")
            }
            #expect(try await Migrator(migrations: []).appliedMigrations(on: pool).map(\.version) == [1])
            #expect(try await pool.queryValue("SELECT to_regclass('half_done') IS NULL", as: Bool.self))
            // The advisory lock was released: another run proceeds at once.
            #expect(try await Migrator(migrations: [Self.first]).migrate(on: pool).isEmpty)
        }
    }

    @Test func concurrentMigratorsAreSerialised() async throws {
        let url = try await TestDatabase.makeURL()
        let slow = Migration(version: 1, name: "slow", sql: """
            CREATE TABLE runs (applied_by int);
            SELECT pg_sleep(0.5);
            INSERT INTO runs VALUES (pg_backend_pid());
            """)
        let migrator = Migrator(migrations: [slow, Self.second.withTable("runs")])
        // Two pools: as two instances of an app deploying at once would have.
        let pools = (0..<2).map { _ in PostgresPool(configuration: .init(connectionString: url, poolSize: 1)) }
        async let firstRun = migrator.migrate(on: pools[0])
        async let secondRun = migrator.migrate(on: pools[1])
        let results = try await [firstRun, secondRun].map { $0.map(\.version) }
        #expect(results.sorted { $0.count < $1.count } == [[], [1, 2]])
        #expect(try await pools[0].queryValue("SELECT count(*) FROM runs", as: Int.self) == 1)
        #expect(try await pools[0].queryValue("SELECT count(*) FROM warrant_migrations", as: Int.self) == 2)
        // The statement timeout was restored afterwards.
        #expect(try await pools[1].queryValue("SHOW statement_timeout", as: String.self) == "0")
        for pool in pools {
            await pool.close()
        }
    }

    @Test func migratorLiftsAndRestoresStatementTimeout() async throws {
        try await TestDatabase.withPool(poolSize: 1, configure: { $0.statementTimeout = .milliseconds(200) }) { pool async throws in
            let slow = Migration(version: 1, name: "slow", sql: "SELECT pg_sleep(0.4)")
            #expect(try await Migrator(migrations: [slow]).migrate(on: pool).count == 1)
            #expect(try await pool.queryValue("SHOW statement_timeout", as: String.self) == "200ms")
        }
    }
}

extension Migration {
    /// The same migration, pointed at another table (keeps the test list short).
    func withTable(_ table: String) -> Migration {
        Migration(version: version, name: name, sql: sql.replacingOccurrences(of: "todos", with: table))
    }
}
