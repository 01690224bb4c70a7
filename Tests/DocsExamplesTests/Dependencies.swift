import Foundation
import Synchronization
import Testing
import Warrant
import WarrantPostgres
import WarrantTesting

// docs/17-dependencies-and-middleware.md

/// The caller's account row: built once per request from the verified identity.
struct CurrentAccount: Sendable {
    var id: Int64
    var owner: String
    var balance: Int64
}

/// Why the caller's account could not be loaded.
@Problems
enum AccountError: Error {
    /// No account.
    ///
    /// The signed-in caller has no account yet.
    @Status(404) case noAccount
}

/// Loads the caller's account in the request's transaction, so what the handler reads and writes is one
/// consistent unit.
struct CurrentAccounts: RequestDependency {
    static var problems: [any DocumentedProblems.Type] { [AccountError.self] }

    func value<Access: AccessState>(for request: Request<Access>, in scope: DependencyScope) async throws -> CurrentAccount {
        guard let owner = request.identity?.subject else { throw AccountError.noAccount }
        let tx = try await scope.value(PostgresTransaction.self, for: request)
        guard let row = try await tx.queryFirst("""
            SELECT id, owner, balance FROM accounts WHERE owner = \(owner) FOR UPDATE
            """, decoding: AccountRow.self)
        else { throw AccountError.noAccount }
        return CurrentAccount(id: row.id, owner: row.owner, balance: row.balance)
    }
}

/// What a payment asks for.
@Schema
struct PaymentOrder: Sendable {
    /// Whom to pay.
    var to: String
    /// How much, in cents.
    @Range(1...1_000_000) var amount: Int64
}

/// What a payment did.
@Schema
struct PaymentReceipt: Sendable {
    /// The payer's balance afterwards, in cents.
    var balance: Int64
}

/// Why a payment failed.
@Problems
enum PaymentError: Error {
    /// Insufficient funds.
    @Status(409) case insufficientFunds
    /// Unknown payee.
    @Status(404) case unknownPayee
}

/// A card check's answer: a declined card is an answer (422), not an error — and still rolls back.
struct CardCheck: ResponseRepresentable {
    var approved: Bool

    static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(status: .noContent, description: "Approved"), DocumentedResponse(status: .unprocessableContent, description: "Declined")]
    }

    func makeResponse() -> RouteResponse {
        RouteResponse(status: approved ? .noContent : .unprocessableContent)
    }
}

/// Payments between members.
@Routes(tag: "payments")
struct PaymentRoutes {
    /// Pay another member.
    ///
    /// The debit and the credit commit together, or neither happens.
    /// - Parameter order: Whom to pay, and how much.
    @POST("/payments", errors: PaymentError.self)
    func pay(
        _ request: Request<Authorized<Member>>,
        @Body order: PaymentOrder,
        @Depends account: CurrentAccount,
        @Depends tx: PostgresTransaction
    ) async throws -> Created<PaymentReceipt> {
        guard account.balance >= order.amount else { throw PaymentError.insufficientFunds }
        try await tx.execute("UPDATE accounts SET balance = balance - \(order.amount) WHERE id = \(account.id)")
        let credited = try await tx.execute("UPDATE accounts SET balance = balance + \(order.amount) WHERE owner = \(order.to)")
        // Thrown after the debit: the transaction rolls it back.
        guard credited == 1 else { throw PaymentError.unknownPayee }
        return Created(PaymentReceipt(balance: account.balance - order.amount))
    }

    /// Hold an amount, declined above 50.
    /// - Parameter order: How much to hold.
    @POST("/holds")
    func hold(_ request: Request<Authorized<Member>>, @Body order: PaymentOrder, @Depends account: CurrentAccount, @Depends tx: PostgresTransaction) async throws -> CardCheck {
        try await tx.execute("UPDATE accounts SET balance = balance - \(order.amount) WHERE id = \(account.id) AND balance >= \(order.amount)")
        return CardCheck(approved: order.amount <= 50)
    }
}

/// The payments API: providers first, then the routes that depend on them.
func paymentsAPI(pool: PostgresPool, keys: TestKeys) -> API {
    API(info: APIInfo(title: "Payments", version: "1"), gate: AccessGate(verifier: keys.authSettings().tokenVerifier(), roles: [Admin.self])) { routes in
        routes.provide(PostgresTransactions(pool: pool))
        routes.provide(CurrentAccounts())
        routes.include(PaymentRoutes())
    }
}

@Suite("docs/17: dependencies")
struct DependencyTests {
    private func setUp() async throws -> (TestClient, PostgresPool) {
        let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: try await TestDatabases.shared.fresh(migratedWith: accountMigrations), poolSize: 2))
        try await pool.execute("INSERT INTO accounts (owner, balance) VALUES ('ada', 100), ('bob', 0)")
        let keys = try TestKeys()
        return (try TestClient(api: paymentsAPI(pool: pool, keys: keys), tokens: keys.issuer()), pool)
    }

    private func balances(_ pool: PostgresPool) async throws -> [String: Int64] {
        let rows = try await pool.query("SELECT id, owner, balance FROM accounts ORDER BY id", decoding: AccountRow.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.owner, $0.balance) })
    }

    @Test("the handler's transaction commits when it returns")
    func commits() async throws {
        let (client, pool) = try await setUp()
        let paid = try await client.post("/payments", json: #"{"to":"bob","amount":60}"#, as: .member("ada"))
        #expect(paid.status == .created)
        #expect(try paid.decode(PaymentReceipt.self).balance == 40)
        #expect(try await balances(pool) == ["ada": 40, "bob": 60])
        await pool.close()
    }

    @Test("it rolls back when the handler throws, even after a write; a dependency's own error answers its problem")
    func rollsBack() async throws {
        let (client, pool) = try await setUp()
        #expect(try await client.post("/payments", json: #"{"to":"nobody","amount":10}"#, as: .member("ada")).status == .notFound)
        #expect(try await client.post("/payments", json: #"{"to":"bob","amount":500}"#, as: .member("ada")).status == .conflict)
        #expect(try await balances(pool) == ["ada": 100, "bob": 0], "both debits were rolled back")
        let stranger = try await client.post("/payments", json: #"{"to":"bob","amount":1}"#, as: .member("carol"))
        #expect(stranger.status == .notFound)
        #expect(try stranger.problem().title == "No account.")
        #expect(try await pool.queryValue("SELECT count(*)::bigint FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = current_database()", as: Int64.self) == 0,
                "every transaction ended")
        await pool.close()
    }

    @Test("a result that answers a failure status without throwing rolls back too")
    func unsuccessfulResult() async throws {
        let (client, pool) = try await setUp()
        #expect(try await client.post("/holds", json: #"{"to":"-","amount":80}"#, as: .member("ada")).status == .unprocessableContent)
        #expect(try await balances(pool)["ada"] == 100, "the declined hold was rolled back")
        #expect(try await client.post("/holds", json: #"{"to":"-","amount":30}"#, as: .member("ada")).status == .noContent)
        #expect(try await balances(pool)["ada"] == 70, "the approved one committed")
        await pool.close()
    }

    @Test("the spec documents a dependency's problems on the operations that use it; start-up refuses a dependency nothing provides")
    func documentedAndChecked() async throws {
        let (_, pool) = try await setUp()
        let spec = try paymentsAPI(pool: pool, keys: try TestKeys()).specification().jsonText
        #expect(spec.contains("The signed-in caller has no account yet."))
        let unprovided = API(info: APIInfo(title: "P", version: "1"), gate: AccessGate(verifier: nil, roles: [Admin.self])) { $0.include(PaymentRoutes()) }
        let error = #expect(throws: APIDeclarationError.self) { try unprovided.validate() }
        #expect(error?.problems.contains { $0.contains("PaymentRoutes.pay depends on WarrantPostgres.PostgresTransaction, which nothing provides") } == true)
        await pool.close()
    }

    @Test("a test overrides a dependency by providing another for the same type")
    func overridden() async throws {
        let (_, pool) = try await setUp()
        let keys = try TestKeys()
        /// Always the same account, whoever calls: a test double.
        struct FixedAccount: RequestDependency {
            func value<Access: AccessState>(for request: Request<Access>, in scope: DependencyScope) async throws -> CurrentAccount {
                CurrentAccount(id: 2, owner: "bob", balance: 0)
            }
        }
        let api = API(info: APIInfo(title: "P", version: "1"), gate: AccessGate(verifier: keys.authSettings().tokenVerifier(), roles: [Admin.self])) { routes in
            routes.provide(PostgresTransactions(pool: pool))
            routes.provide(FixedAccount())
            routes.include(PaymentRoutes())
        }
        let client = try TestClient(api: api, tokens: keys.issuer())
        #expect(try await client.post("/payments", json: #"{"to":"ada","amount":1}"#, as: .member("anyone")).status == .conflict, "bob has nothing to pay with")
        await pool.close()
    }
}
