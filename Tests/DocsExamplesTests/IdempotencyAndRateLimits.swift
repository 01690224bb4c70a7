import Foundation
import HTTPTypes
import Synchronization
import Testing
import Warrant
import WarrantPostgres
import WarrantTesting

// docs/20-http-semantics.md, "Idempotency keys" and "Rate limits"

/// A payment to make.
@Schema
struct NewPayout: Sendable {
    /// The amount, in cents.
    @Range(1...1_000_000)
    var amount: Int
    /// Who is paid.
    @Length(1...80)
    var payee: String
}

/// A payment made.
@Schema
struct Payout: Sendable, Equatable {
    /// Its number.
    var id: Int
    /// The amount, in cents.
    var amount: Int
    /// Who was paid.
    var payee: String
}

/// Where payouts are made (in memory for the example; a PostgreSQL store on the same pool as the
/// idempotency store makes each payout commit with its recorded answer).
final class PayoutLedger: Sendable {
    private let payouts = Mutex<[Payout]>([])

    /// Makes a payout.
    func pay(_ payout: NewPayout) -> Payout {
        payouts.withLock { payouts in
            let made = Payout(id: payouts.count + 1, amount: payout.amount, payee: payout.payee)
            payouts.append(made)
            return made
        }
    }

    /// How many payouts were made.
    var count: Int { payouts.withLock { $0.count } }
}

/// Payouts: made once per key, at most ten a minute per caller.
@Routes(tag: "payouts")
struct PayoutRoutes {
    let ledger: PayoutLedger

    /// Make a payout.
    ///
    /// Send a new `Idempotency-Key` per payout, and the same one when you retry it.
    /// - Parameter payout: What to pay whom.
    /// - Returns: The payout made.
    @POST("/payouts", rateLimit: RateLimit(10, per: .seconds(60)), idempotency: .required)
    func pay(_ request: Request<Authenticated>, payout: NewPayout) async throws -> Created<Payout> {
        let made = ledger.pay(payout)
        return Created(made, location: "/payouts/\(made.id)")
    }
}

/// Reports: expensive, so one budget of 100 an hour per caller for the whole group.
@Routes(tag: "reports")
struct ReportRoutes {
    /// The monthly report.
    @GET("/reports/monthly")
    func monthly(_ request: Request<Authenticated>) -> Payout { Payout(id: 0, amount: 0, payee: "report") }

    /// The yearly report, on its own tighter budget.
    @GET("/reports/yearly", rateLimit: RateLimit(5, per: .seconds(3600), name: "yearly-report"))
    func yearly(_ request: Request<Authenticated>) -> Payout { Payout(id: 0, amount: 0, payee: "report") }
}

/// The routes, with the reports' group limit.
func payoutRoutes(ledger: PayoutLedger, in routes: inout RouteTable) {
    routes.include(PayoutRoutes(ledger: ledger))
    routes.group(rateLimit: RateLimit(100, per: .seconds(3600), name: "reports")) { reports in
        reports.include(ReportRoutes())
    }
}

/// Production: limits and answers kept in PostgreSQL, shared by every instance.
func sharePolicies(of api: inout API, on pool: PostgresPool) {
    api.rateLimitStore = PostgresRateLimitStore(database: pool)
    api.idempotencyStore = PostgresIdempotencyStore(pool: pool)
}

@Suite("Docs: idempotency keys and rate limits")
struct IdempotencyAndRateLimitExamples {
    private static func key(_ value: String) -> HTTPFields { [HTTPField.Name("Idempotency-Key")!: value] }

    private func client(_ ledger: PayoutLedger) throws -> TestClient {
        let keys = try TestKeys()
        var api = API(info: APIInfo(title: "Payments", version: "1"), gate: AccessGate(verifier: keys.authSettings().tokenVerifier(now: Date.init))) {
            payoutRoutes(ledger: ledger, in: &$0)
        }
        // Limits count in windows aligned to the minute: a frozen clock keeps every call of a test in one.
        let frozen = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 + 1)
        api.now = { frozen }
        return try TestClient(api: api, tokens: keys.issuer())
    }

    @Test("a retried payout is made once; the 11th in a minute is 429")
    func payouts() async throws {
        let ledger = PayoutLedger()
        let client = try client(ledger)
        let caller = Caller.subject("ada", roles: [])
        let first = try await client.post("/payouts", json: #"{"amount":500,"payee":"Bob"}"#, as: caller, headers: Self.key("pay-1")).expect(.created)
        let retry = try await client.post("/payouts", json: #"{"amount":500,"payee":"Bob"}"#, as: caller, headers: Self.key("pay-1")).expect(.created)
        #expect(retry.body == first.body && ledger.count == 1)
        try await client.post("/payouts", json: #"{"amount":500,"payee":"Bob"}"#, as: caller).expectProblem(.unprocessableContent, parameters: ["Idempotency-Key"])
        for index in 2...8 {
            try await client.post("/payouts", json: #"{"amount":1,"payee":"Bob"}"#, as: caller, headers: Self.key("pay-\(index)")).expect(.created)
        }
        try await client.post("/payouts", json: #"{"amount":1,"payee":"Bob"}"#, as: caller, headers: Self.key("pay-9")).expectProblem(.tooManyRequests)
        #expect(ledger.count == 8)
        // Another caller has a budget of its own.
        try await client.post("/payouts", json: #"{"amount":1,"payee":"Bob"}"#, as: .subject("grace", roles: []), headers: Self.key("pay-1")).expect(.created)
    }

    @Test("the group's budget is shared by its routes; a route's own limit replaces it")
    func reports() async throws {
        let client = try client(PayoutLedger())
        let caller = Caller.subject("ada", roles: [])
        let monthly = try await client.get("/reports/monthly", as: caller).expect(.ok)
        #expect(monthly.headers[HTTPField.Name("RateLimit-Policy")!] == #""reports";q=100;w=3600"#)
        let yearly = try await client.get("/reports/yearly", as: caller).expect(.ok)
        #expect(yearly.headers[HTTPField.Name("RateLimit")!]?.hasPrefix(#""yearly-report";r=4;"#) == true)
    }
}
