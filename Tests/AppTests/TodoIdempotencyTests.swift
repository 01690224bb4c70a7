import Foundation
import HTTPTypes
import Synchronization
import Testing
@testable import App
import Warrant
import WarrantPostgres
import WarrantTesting

/// `POST /todos` with an `Idempotency-Key`, on a real database: one todo per key whatever the retries —
/// concurrent ones, and ones after the process died between the write and the answer.
@Suite("Todos: Idempotency-Key")
struct TodoIdempotencyTests {
    private static func key(_ value: String) -> HTTPFields {
        [HTTPField.Name("Idempotency-Key")!: value]
    }

    private static func count(_ app: TestApp, title: String) async throws -> Int64 {
        try await app.pool.queryValue("SELECT count(*) FROM todos WHERE title = \(title)", as: Int64.self)
    }

    @Test("a retry gets the first answer, replayed, and creates nothing; another request with the key is a 422")
    func replay() async throws {
        let app = try await TestApp()
        let first = try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("alice"), headers: Self.key("k-1")).expect(.created)
        #expect(first.headers[HTTPField.Name("Idempotent-Replayed")!] == nil)
        let retry = try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("alice"), headers: Self.key(#""k-1""#)).expect(.created)
        #expect(retry.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
        #expect(retry.body == first.body)
        #expect(retry.headers[.location] == first.headers[.location])
        #expect(retry.headers[.eTag] == first.headers[.eTag])
        #expect(try await Self.count(app, title: "pay rent") == 1)
        try await app.client.post("/todos", json: #"{"title":"pay bills"}"#, as: .member("alice"), headers: Self.key("k-1"))
            .expectProblem(.unprocessableContent)
        // Keys are the caller's: Bob's k-1 is his own.
        try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("bob"), headers: Self.key("k-1")).expect(.created)
        #expect(try await Self.count(app, title: "pay rent") == 2)
        // Without a key every request creates.
        try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("alice")).expect(.created)
        #expect(try await Self.count(app, title: "pay rent") == 3)
        // A malformed key is a 422 naming the header, and creates nothing.
        try await app.client.post("/todos", json: #"{"title":"pay rent"}"#, as: .member("alice"), headers: Self.key("a b"))
            .expectProblem(.unprocessableContent, parameters: ["Idempotency-Key"])
        #expect(try await Self.count(app, title: "pay rent") == 3)
    }

    @Test("an invalid request with a key records nothing: fixed, its retry creates the todo")
    func failureIsNotRecorded() async throws {
        let app = try await TestApp()
        try await app.client.post("/todos", json: #"{"title":""}"#, as: .member("alice"), headers: Self.key("k-2")).expectProblem(.unprocessableContent)
        try await app.client.post("/todos", json: #"{"title":"fixed"}"#, as: .member("alice"), headers: Self.key("k-2")).expect(.created)
        #expect(try await app.pool.queryValue("SELECT count(*) FROM idempotency_keys", as: Int64.self) == 1)
    }

    @Test("8 concurrent retries with one key create one todo: the others are told 409 or get its answer")
    func concurrentRetries() async throws {
        // The first holds a connection while it runs; the others' claims take turns on the rest.
        let app = try await TestApp(poolSize: 4)
        let answers = try await withThrowingTaskGroup(of: TestResponse.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await app.client.post("/todos", json: #"{"title":"once"}"#, as: .member("alice"), headers: Self.key("k-3"))
                }
            }
            return try await group.reduce(into: [TestResponse]()) { $0.append($1) }
        }
        #expect(try await Self.count(app, title: "once") == 1)
        let created = answers.filter { $0.status == .created }
        #expect(created.count >= 1)
        // On a loaded machine a claim can also wait past the pool's acquire timeout: 503 "retry shortly",
        // which is as safe as 409 (nothing is created twice).
        #expect(answers.allSatisfy { [.created, .conflict, .serviceUnavailable].contains($0.status) }, "\(answers.map(\.status.code))")
        let ids = Set(try created.map { try $0.decode(Todo.self).id })
        #expect(ids.count == 1)
        for conflict in answers where conflict.status == .conflict {
            #expect(conflict.headers[.contentType] == "application/problem+json")
        }
        // After the first finished, a retry gets its answer.
        let late = try await app.client.post("/todos", json: #"{"title":"once"}"#, as: .member("alice"), headers: Self.key("k-3")).expect(.created)
        #expect(try late.decode(Todo.self).id == ids.first)
    }

    @Test("the process dies between the write and the answer: nothing was kept, and the retry creates the todo once")
    func crashBetweenWriteAndAnswer() async throws {
        let gate = WriteGate()
        let app = try await TestApp { dependencies in
            dependencies.todos = PausingTodoStore(inner: dependencies.todos, gate: gate)
        }
        // The first request writes its row, then waits, its transaction open.
        async let first = app.client.post("/todos", json: #"{"title":"crash"}"#, as: .member("alice"), headers: Self.key("k-4"))
        await gate.waitUntilWritten()
        // What PostgreSQL sees when the process dies: its connection goes, mid-transaction.
        let killed = try await app.pool.queryValue("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()
            """, as: Int64.self)
        #expect(killed == 1)
        gate.release()
        let lost = try await first
        #expect(lost.status.code >= 500)
        #expect(try await Self.count(app, title: "crash") == 0)
        // The retry runs the handler again: one todo, whose answer later retries get.
        let retry = try await app.client.post("/todos", json: #"{"title":"crash"}"#, as: .member("alice"), headers: Self.key("k-4")).expect(.created)
        #expect(try await Self.count(app, title: "crash") == 1)
        let again = try await app.client.post("/todos", json: #"{"title":"crash"}"#, as: .member("alice"), headers: Self.key("k-4")).expect(.created)
        #expect(again.body == retry.body)
        #expect(try await Self.count(app, title: "crash") == 1)
    }

    @Test("an expired answer is forgotten: the key runs again")
    func expiry() async throws {
        let clock = TestClock()
        let app = try await TestApp { $0.now = clock.now }
        try await app.client.post("/todos", json: #"{"title":"daily"}"#, as: .member("alice"), headers: Self.key("k-5")).expect(.created)
        clock.advance(by: 86_401)
        let later = try await app.client.post("/todos", json: #"{"title":"daily"}"#, as: .member("alice"), headers: Self.key("k-5")).expect(.created)
        #expect(later.headers[HTTPField.Name("Idempotent-Replayed")!] == nil)
        #expect(try await Self.count(app, title: "daily") == 2)
    }
}

/// Stops creates after their row is written until released; once released, they pass.
final class WriteGate: Sendable {
    private let state = Mutex<(written: Bool, open: Bool)>((false, false))

    func waitUntilWritten() async {
        while !state.withLock({ $0.written }) { try? await Task.sleep(for: .milliseconds(5)) }
    }

    func written() async {
        state.withLock { $0.written = true }
        while !state.withLock({ $0.open }) { try? await Task.sleep(for: .milliseconds(5)) }
    }

    func release() { state.withLock { $0.open = true } }
}

/// A todo store that pauses each create after the write, at the gate.
struct PausingTodoStore: TodoStore {
    let inner: any TodoStore
    let gate: WriteGate

    func create(_ todo: NewTodo, for proof: Proof<Member>) async throws -> Revised<Todo> {
        let created = try await inner.create(todo, for: proof)
        await gate.written()
        return created
    }

    func list(for proof: Proof<Member>, limit: Int, offset: Int) async throws -> [Todo] { try await inner.list(for: proof, limit: limit, offset: offset) }
    func find(_ id: Int64, for proof: Proof<Member>) async throws -> Revised<Todo>? { try await inner.find(id, for: proof) }
    func update(_ id: Int64, with patch: TodoPatch, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Revised<Todo>> {
        try await inner.update(id, with: patch, ifRevision: revisions, for: proof)
    }
    func delete(_ id: Int64, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Void> {
        try await inner.delete(id, ifRevision: revisions, for: proof)
    }
    func attach(_ attachment: TodoAttachment, content: Data, to id: Int64, for proof: Proof<Member>) async throws -> TodoAttachment? {
        try await inner.attach(attachment, content: content, to: id, for: proof)
    }
    func detach(from id: Int64, for proof: Proof<Member>) async throws -> Bool { try await inner.detach(from: id, for: proof) }
    func all(by proof: Proof<Admin>, page: PageRequest) async throws -> [OwnedTodo] { try await inner.all(by: proof, page: page) }
}
