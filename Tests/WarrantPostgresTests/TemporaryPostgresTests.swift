import Foundation
import Testing
import WarrantPostgres
import WarrantPostgresTesting

@Suite("TemporaryPostgres")
struct TemporaryPostgresTests {
    @Test func databasesAreSeparateAndReachable() async throws {
        let postgres = try await SharedCluster.shared.postgres()
        #expect(postgres.url == "postgresql://postgres@127.0.0.1:\(postgres.port)/postgres")
        let first = try await postgres.createDatabase()
        let second = try await postgres.createDatabase()
        #expect(first != second)
        let pool = PostgresPool(configuration: .init(connectionString: first, poolSize: 1))
        #expect(try await pool.queryValue("SELECT current_database()", as: String.self) == String(first.split(separator: "/").last ?? ""))
        // Listening on loopback only, with the socket inside the cluster's own directory.
        #expect(try await pool.queryValue("SHOW listen_addresses", as: String.self) == "127.0.0.1")
        #expect(try await pool.queryValue("SHOW unix_socket_directories", as: String.self) == postgres.directory)
        #expect(try await pool.queryValue("SHOW fsync", as: String.self) == "off")
        await pool.close()
    }

    @Test(arguments: ["Upper", "with-dash", "1starts_with_digit", "quote\"", "", String(repeating: "a", count: 64)])
    func rejectsUnsafeDatabaseNames(name: String) async throws {
        let postgres = try await SharedCluster.shared.postgres()
        await #expect(throws: TemporaryPostgresError.self) {
            _ = try await postgres.createDatabase(named: name)
        }
    }

    @Test func errorsExplainWhatToDo() {
        let missing = TemporaryPostgresError.binariesNotFound(searched: ["/opt/pg/bin"])
        #expect(missing.description.contains("apt-get install postgresql"))
        #expect(missing.description.contains("WARRANT_POSTGRES_BIN"))
        #expect(missing.description.contains("/opt/pg/bin"))
    }
}
