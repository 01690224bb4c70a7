import Foundation
import Testing
import Warrant
import WarrantPostgres
import WarrantTesting
import WarrantPostgresTesting

@Suite("Configuration")
struct ConfigurationTests {
    @Test func descriptionRedactsThePassword() {
        let uri = PostgresConfiguration(connectionString: "postgresql://app:s3cr3t-pw@db.internal:6543/orders?sslmode=require")
        #expect(!uri.description.contains("s3cr3t-pw"))
        #expect(uri.description.contains("password=***"))
        #expect(uri.description.contains("sslmode=require"))
        #expect(uri.description.contains("host=db.internal"))

        let keywords = PostgresConfiguration(connectionString: "host=db user=app password='quoted secret' dbname=orders")
        #expect(!keywords.description.contains("quoted secret"))
        #expect(keywords.description.contains("dbname=orders"))

        // Every secret libpq knows, not only `password`: the client key's passphrase too.
        let tls = PostgresConfiguration(connectionString: "postgresql://app@db/orders?sslmode=verify-full&sslpassword=key-passphrase&sslkey=/k.pem")
        #expect(!tls.description.contains("key-passphrase"))
        #expect(tls.description.contains("sslpassword=***"))
        #expect(tls.description.contains("sslkey=/k.pem"))

        #expect(PostgresConfiguration(connectionString: "not a =valid 'string").description.contains("unparsable"))
    }

    @Test func passwordNeverReachesLogsOrErrors() async throws {
        let logs = CapturedLogs()
        let port = try FreePort.find()
        let pool = PostgresPool(configuration: .init(
            connectionString: "postgresql://app:TopSecretPassword@127.0.0.1:\(port)/db", poolSize: 1,
            logger: logs.logger()))
        let error = await #expect(throws: DatabaseError.self) {
            _ = try await pool.query("SELECT 1")
        }
        await pool.close()
        #expect(error?.kind == .unavailable)
        #expect(!logs.all.isEmpty)
        for text in logs.all + [error?.description ?? "", error?.debugDescription ?? "", pool.configuration.description] {
            #expect(!text.contains("TopSecretPassword"))
        }
    }

    @Test func malformedDatabaseURLFailsAtStartWithoutEchoingIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warrant-db-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{}".utf8).write(to: directory.appendingPathComponent("development.json"))
        for url in ["LeakyPassword", "postgresql://app:Leaky%zzPassword@db/orders", "host=db password='LeakyPassword"] {
            let settings = try await Settings.load(variables: ["DATABASE_URL": url], directory: directory.path)
            let error = #expect(throws: SettingsError.self) { try PostgresConfiguration(settings: settings) }
            let text = error?.description ?? ""
            #expect(text.hasPrefix("configuration: DATABASE_URL is not a connection string libpq accepts"), "\(text)")
            #expect(text.contains("postgresql://user:password@host:5432/dbname"))
            #expect(!text.contains("Leaky"), "\(text)")
        }
        let good = try await Settings.load(variables: ["DATABASE_URL": "postgresql://app@db/orders", "DATABASE_PIPELINE_DEPTH": "4"], directory: directory.path)
        #expect(try PostgresConfiguration(settings: good).pipelineDepth == 4)
        let badDepth = try await Settings.load(variables: ["DATABASE_URL": "postgresql://app@db/orders", "DATABASE_PIPELINE_DEPTH": "0"], directory: directory.path)
        #expect(throws: SettingsError.self) { try PostgresConfiguration(settings: badDepth) }
    }

    @Test func unreachableDatabaseIsNamedWithoutItsPassword() async throws {
        let port = try FreePort.find()
        let pool = PostgresPool(configuration: .init(
            connectionString: "postgresql://app:TopSecretPassword@127.0.0.1:\(port)/orders", poolSize: 1))
        let error = await #expect(throws: DatabaseUnreachableError.self) {
            try await pool.checkReachable()
        }
        await pool.close()
        let text = error?.description ?? ""
        #expect(text.contains("cannot reach the database"))
        #expect(text.contains("port=\(port)"))
        #expect(text.contains("password=***"))
        #expect(text.contains("fix DATABASE_URL"))
        #expect(!text.contains("TopSecretPassword"))
    }

    @Test func reachableDatabasePassesTheCheck() async throws {
        let postgres = try await SharedCluster.shared.postgres()
        let pool = PostgresPool(configuration: .init(connectionString: try await postgres.createDatabase(), poolSize: 1))
        try await pool.checkReachable()
        await pool.close()
    }

    @Test func keywordValueStringsWork() async throws {
        let postgres = try await SharedCluster.shared.postgres()
        let url = try await postgres.createDatabase()
        let database = try #require(url.split(separator: "/").last)
        let pool = PostgresPool(configuration: .init(
            connectionString: "host=127.0.0.1 port=\(postgres.port) user=postgres dbname=\(database) sslmode=disable"))
        #expect(try await pool.queryValue("SELECT current_database()", as: String.self) == String(database))
        await pool.close()
    }

    @Test func serviceFilesWork() async throws {
        let postgres = try await SharedCluster.shared.postgres()
        let url = try await postgres.createDatabase()
        let database = try #require(url.split(separator: "/").last)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pg_service_\(UUID().uuidString).conf")
        try """
            [warrant_test_service]
            host=127.0.0.1
            port=\(postgres.port)
            user=postgres
            dbname=\(database)
            """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // Only connection strings that name a service read this variable.
        setenv("PGSERVICEFILE", file.path, 1)
        let pool = PostgresPool(configuration: .init(connectionString: "service=warrant_test_service"))
        #expect(try await pool.queryValue("SELECT current_database()", as: String.self) == String(database))
        await pool.close()
    }
}
