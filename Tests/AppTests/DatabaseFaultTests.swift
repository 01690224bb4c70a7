import Foundation
import Synchronization
import Testing
@testable import App
import Warrant
import WarrantPostgres
import WarrantPostgresTesting
import WarrantTesting

/// The database stops in the middle of a write load and comes back: requests meanwhile get 503 problems,
/// the server recovers by itself, and no write it acknowledged (201) is lost.
@Suite("Database fault under load")
struct DatabaseFaultTests {
    @Test("stop the database mid-load: 503s, recovery without a restart, no acknowledged write lost")
    func stopMidLoad() async throws {
        let server = try await TemporaryPostgres.start()
        let url = try await server.createDatabase(named: "fault")
        let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: url, poolSize: 4, acquireTimeout: .seconds(2), connectTimeout: .seconds(1)))
        try await AppDatabase.migrator.migrate(on: pool)
        let keys = try TestKeys()
        var dependencies = AppDependencies.live(database: pool, auth: keys.authSettings())
        dependencies.passwordHasher = .fastForTests
        let client = try TestClient(api: AppAPI.make(dependencies: dependencies), tokens: keys.issuer())

        let load = LoadRecord()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    var index = 0
                    while !load.stopped {
                        index += 1
                        let response = try await client.post("/todos", json: #"{"title":"w\#(writer)-\#(index)"}"#, as: .member("loader"))
                        load.record(response.status.code, id: response.status == .created ? (try? response.decode(Todo.self))?.id : nil)
                    }
                }
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(400))
                try await server.restart { try await Task.sleep(for: .seconds(1)) }
                try await Task.sleep(for: .seconds(1))
                load.stop()
            }
            try await group.waitForAll()
        }

        let seen = load.statuses
        #expect(Set(seen.keys).isSubset(of: [201, 503]), "only 201 and 503 while the database came and went: \(seen)")
        #expect((seen[503] ?? 0) > 0, "the outage was observed: \(seen)")
        #expect((seen[201] ?? 0) > 0)
        let after = try await client.post("/todos", json: #"{"title":"after recovery"}"#, as: .member("loader"))
        #expect(after.status == .created, "the server recovered without a restart")
        let ids = load.acknowledged
        let stored = try await pool.queryValue("SELECT count(*)::bigint FROM todos WHERE id = ANY(\(ids))", as: Int64.self)
        #expect(stored == Int64(ids.count), "every acknowledged write is in the database")
        await pool.close()
        try await server.stop()
    }
}

/// What the writers saw: statuses by code, and the ids of acknowledged writes.
private final class LoadRecord: Sendable {
    private let state = Mutex<(statuses: [Int: Int], acknowledged: [Int64], stopped: Bool)>(([:], [], false))

    var stopped: Bool { state.withLock { $0.stopped } }
    var statuses: [Int: Int] { state.withLock { $0.statuses } }
    var acknowledged: [Int64] { state.withLock { $0.acknowledged } }

    func record(_ status: Int, id: Int64?) {
        state.withLock { state in
            state.statuses[status, default: 0] += 1
            if let id { state.acknowledged.append(id) }
        }
    }

    func stop() {
        state.withLock { $0.stopped = true }
    }
}
