import Foundation
import HTTPTypes
import Synchronization
import Testing
@testable import App
import Warrant
import WarrantCrypto
import WarrantTesting

/// Counts the password checks that reach Argon2id, and how many run at once; optionally slow.
final class CountingHasher: PasswordHashing {
    private let base = PasswordHasher.fastForTests
    private let state = Mutex((total: 0, running: 0, peak: 0))
    let delay: Duration

    init(delay: Duration = .zero) {
        self.delay = delay
    }

    var total: Int { state.withLock { $0.total } }
    var peak: Int { state.withLock { $0.peak } }

    private func counted<T>(_ work: () -> T) -> T {
        state.withLock { state in
            state.total += 1
            state.running += 1
            state.peak = max(state.peak, state.running)
        }
        defer { state.withLock { $0.running -= 1 } }
        if delay > .zero { Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds)) }
        return work()
    }

    func verify(_ password: String, against hash: String) -> Bool { counted { base.verify(password, against: hash) } }
    func dummyVerify(_ password: String) -> Bool { counted { base.dummyVerify(password) } }
    func needsRehash(_ hash: String) -> Bool { base.needsRehash(hash) }
    func hash(_ password: String) throws -> String { try base.hash(password) }
}

/// Where the limiter counts, for the tests that run against both.
enum LimiterStore: String, CaseIterable, Sendable {
    case database, memory
}

/// The sign-in limits: reserved atomically, keyed by the account, per client and per account, bounded — counted
/// in PostgreSQL (the default) and in memory alike.
@Suite("Sign-in limits")
struct SignInLimitTests {
    /// Uses `store` for the counts.
    private func using(_ store: LimiterStore) -> @Sendable (inout AppDependencies) -> Void {
        { dependencies in
            if store == .memory { dependencies.signInLimiter = InMemorySignInLimiter() }
        }
    }

    private func seed(_ app: TestApp, email: String, password: String = "correct horse") async throws {
        _ = try await PostgresUserStore(database: app.pool).create(email: email, passwordHash: try PasswordHasher.fastForTests.hash(password), roles: ["member"])
    }

    private func signIn(_ app: TestApp, _ username: String, _ password: String, from client: String? = nil) async throws -> TestResponse {
        let headers: HTTPFields = client.map { [HTTPField.Name("X-Forwarded-For")!: $0] } ?? [:]
        return try await app.client.post("/auth/token", form: [("username", username), ("password", password)], headers: headers)
    }

    @Test("a burst of 300 concurrent guesses for one account reaches the hash at most 5 times; the rest are 429 (or 503)", arguments: LimiterStore.allCases)
    func burst(_ store: LimiterStore) async throws {
        let hasher = CountingHasher(delay: .milliseconds(20))
        let app = try await TestApp {
            using(store)(&$0)
            $0.passwordHashing = hasher
        }
        try await seed(app, email: "ada@example.com")
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for attempt in 0..<300 {
                group.addTask { try await signIn(app, "ada@example.com", "guess \(attempt)").status.code }
            }
            return try await group.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
        }
        #expect(hasher.total <= 5, "verifications: \(hasher.total)")
        #expect(statuses[400, default: 0] == hasher.total)
        #expect(Set(statuses.keys).isSubset(of: [400, 429, 503]), "\(statuses)")
        #expect(statuses[429, default: 0] + statuses[503, default: 0] == 300 - hasher.total)
    }

    @Test("no more password hashes run or wait than the bound: beyond it, 503 with Retry-After")
    func pendingHashesAreBounded() async throws {
        let hasher = CountingHasher(delay: .milliseconds(100))
        let app = try await TestApp {
            $0.passwordHashing = hasher
            $0.signInLimiter = InMemorySignInLimiter(limits: SignInLimits(perClientFreeFailures: 1000, perAccountFreeFailures: 1000, maximumPendingHashes: 4))
        }
        let responses = try await withThrowingTaskGroup(of: TestResponse.self) { group in
            for attempt in 0..<40 {
                group.addTask { try await signIn(app, "user\(attempt)@example.com", "nope") }
            }
            return try await group.reduce(into: [TestResponse]()) { $0.append($1) }
        }
        #expect(hasher.peak <= 4, "at most 4 hashes at once, saw \(hasher.peak)")
        let busy = responses.filter { $0.status == .serviceUnavailable }
        #expect(!busy.isEmpty, "40 at once over a bound of 4: some were refused")
        #expect(busy.allSatisfy { $0.headers[.retryAfter] == "1" })
        #expect(try busy.first?.json()["error"] == .string("temporarily_unavailable"))
        #expect(responses.filter { $0.status == .badRequest }.count == hasher.total)
    }

    @Test("every spelling of an account shares its count, under a UTF-8 database locale where İ folds to i", arguments: LimiterStore.allCases)
    func keyedByAccount(_ store: LimiterStore) async throws {
        let app = try await TestApp(locale: "C.utf8", using(store))
        try await seed(app, email: "inci@example.com")
        // PostgreSQL's lower() (C.utf8) finds the account for both spellings; Swift's lowercased() would not
        // agree ("İ" → "i̇"), which gave each spelling a count of its own.
        let found = try await PostgresUserStore(database: app.pool).credentials(forEmail: "İnci@example.com")
        #expect(found != nil, "the database resolves the dotted spelling to the account")
        for attempt in 0..<5 {
            let spelling = attempt.isMultiple(of: 2) ? "İnci@example.com" : "INCI@example.com"
            #expect(try await signIn(app, spelling, "wrong").status == .badRequest)
        }
        #expect(try await signIn(app, "İnci@example.com", "wrong").status == .tooManyRequests)
        #expect(try await signIn(app, "inci@example.com", "correct horse").status == .tooManyRequests)
    }

    @Test("an attacker's failures from one client lock that client out, never the account's own client", arguments: LimiterStore.allCases)
    func noTargetedLockout(_ store: LimiterStore) async throws {
        // Behind one proxy of ours: the client is the address it forwards.
        let app = try await TestApp(server: ServerSettings(clientAddresses: ClientAddresses(trustedProxyHops: 1)), using(store))
        try await seed(app, email: "ada@example.com")
        // Ada signs in from her usual client.
        #expect(try await signIn(app, "ada@example.com", "correct horse", from: "198.51.100.7").status == .ok)
        // An attacker fails 15 times from one address, then from 30 others: per client, then per account.
        for _ in 0..<5 { _ = try await signIn(app, "ada@example.com", "guess", from: "203.0.113.1") }
        #expect(try await signIn(app, "ada@example.com", "guess", from: "203.0.113.1").status == .tooManyRequests)
        for index in 2..<32 { _ = try await signIn(app, "ada@example.com", "guess", from: "203.0.113.\(index)") }
        #expect(try await signIn(app, "ada@example.com", "correct horse", from: "203.0.113.200").status == .tooManyRequests,
                "a new client is slowed by the per-account limit")
        // Ada, from the client she signed in from before, still gets in with the right password.
        #expect(try await signIn(app, "ada@example.com", "correct horse", from: "198.51.100.7").status == .ok)
    }

    @Test("the database's counters are shared: two servers on one database count one account's failures together")
    func sharedAcrossProcesses() async throws {
        let app = try await TestApp()
        try await seed(app, email: "ada@example.com")
        // A second server on the same database, with its own limiter object: as another process would be.
        var second = AppDependencies.live(database: app.pool, auth: app.keys.authSettings())
        second.passwordHasher = .fastForTests
        let other = try TestClient(api: AppAPI.make(dependencies: second))
        for attempt in 0..<5 {
            let client = attempt.isMultiple(of: 2) ? app.client : other
            #expect(try await client.post("/auth/token", form: [("username", "ada@example.com"), ("password", "wrong")]).status == .badRequest)
        }
        #expect(try await other.post("/auth/token", form: [("username", "ada@example.com"), ("password", "wrong")]).status == .tooManyRequests)
        #expect(try await app.client.post("/auth/token", form: [("username", "ada@example.com"), ("password", "wrong")]).status == .tooManyRequests)
    }

    @Test("an unsettled reservation (a process that died mid-check) stops counting after a minute; idle rows are swept")
    func abandonedAndSwept() async throws {
        let app = try await TestApp()
        let limiter = PostgresSignInLimiter(database: app.pool)
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let attempt = SignInAttempt(userID: UUID(), username: "x@example.com", client: "192.0.2.1")
        for _ in 0..<5 { #expect(try await limiter.admit(attempt, at: now) == .admitted) }
        #expect(try await limiter.admit(attempt, at: now) == .wait(seconds: 1), "five in flight: the sixth waits")
        #expect(try await limiter.admit(attempt, at: now.addingTimeInterval(61)) == .admitted, "the five were abandoned")
        try await limiter.settle(attempt, .failed, at: now.addingTimeInterval(61))
        try await limiter.sweep(at: now.addingTimeInterval(61 + 901))
        #expect(try await app.pool.queryValue("SELECT count(*)::bigint FROM sign_in_counters", as: Int64.self) == 0)
    }

    @Test("filling the table with random usernames cannot evict an account's counter")
    func evictionCannotReset() throws {
        let limiter = InMemorySignInLimiter(capacity: 100)
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let account = UUID()
        let victim = SignInAttempt(userID: account, username: "victim@example.com", client: "203.0.113.1")
        for _ in 0..<5 {
            #expect(limiter.admit(victim, at: now) == .admitted)
            limiter.settle(victim, .failed, at: now)
        }
        #expect(limiter.admit(victim, at: now) != .admitted)
        for index in 0..<2_000 {
            let noise = SignInAttempt(userID: nil, username: "random\(index)@example.com", client: "198.51.100.\(index % 250)")
            if limiter.admit(noise, at: now) == .admitted { limiter.settle(noise, .failed, at: now) }
        }
        #expect(limiter.admit(victim, at: now) != .admitted, "the victim's count survived 2,000 other usernames")
        let otherClient = SignInAttempt(userID: account, username: "victim@example.com", client: "192.0.2.9")
        #expect(limiter.admit(otherClient, at: now) == .admitted, "another client still has its own free attempts")
    }

    @Test("the token answer is never cached: Cache-Control: no-store and Pragma: no-cache, documented")
    func tokenNoStore() async throws {
        let app = try await TestApp()
        try await seed(app, email: "ada@example.com")
        let response = try await signIn(app, "ada@example.com", "correct horse")
        #expect(response.status == .ok)
        #expect(response.headers[.cacheControl] == "no-store")
        #expect(response.headers[HTTPField.Name("Pragma")!] == "no-cache")
        let key = try await APIKeys.create(name: "bot", roles: ["member"], expiresAt: nil, database: app.pool)
        #expect(try await app.client.get("/todos", as: .apiKey(key.key)).headers[.cacheControl] == "no-store", "an API-key answer too")
        let spec = try AppAPI.make().specification().jsonText
        #expect(spec.contains("`no-store`: the answer holds a secret."))
    }
}

/// The sign-in route's declared rate limit: 30 requests a minute per client address, whatever the
/// accounts, counted in the database so every server shares it.
@Suite("Sign-in: the per-address rate limit")
struct SignInRateLimitTests {
    private static func from(_ address: String) -> HTTPFields {
        [HTTPField.Name("X-Forwarded-For")!: address]
    }

    @Test("the 31st attempt from one address in a minute is a 429 with Retry-After, across accounts and two servers; another address is not limited")
    func perAddress() async throws {
        let server = ServerSettings(clientAddresses: ClientAddresses(trustedProxyHops: 1))
        // Windows are aligned to the minute: a frozen clock a second into one keeps all 31 attempts in it,
        // however long a loaded machine takes to send them.
        let minute = (Date().timeIntervalSince1970 / 60).rounded(.down) * 60
        let frozen = Date(timeIntervalSince1970: minute + 1)
        let app = try await TestApp(server: server) { $0.now = { frozen } }
        var second = AppDependencies.live(database: app.pool, auth: app.keys.authSettings())
        second.passwordHasher = .fastForTests
        second.now = { frozen }
        let other = try TestClient(api: AppAPI.make(server: server, dependencies: second))
        for attempt in 0..<30 {
            let client = attempt.isMultiple(of: 2) ? app.client : other
            let answer = try await client.post("/auth/token", form: [("username", "user\(attempt)@example.com"), ("password", "wrong")], headers: Self.from("203.0.113.9"))
            #expect(answer.status == .badRequest)
            #expect(answer.headers[HTTPField.Name("RateLimit-Policy")!] == #""login";q=30;w=60"#)
        }
        let refused = try await other.post("/auth/token", form: [("username", "new@example.com"), ("password", "wrong")], headers: Self.from("203.0.113.9"))
        refused.expectProblem(.tooManyRequests)
        #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 >= 1)
        #expect(refused.headers[HTTPField.Name("RateLimit")!]?.hasPrefix(#""login";r=0;t="#) == true)
        let elsewhere = try await app.client.post("/auth/token", form: [("username", "new@example.com"), ("password", "wrong")], headers: Self.from("198.51.100.4"))
        #expect(elsewhere.status == .badRequest)
        #expect(try await app.pool.queryValue("SELECT count(*) FROM rate_limit_counters", as: Int64.self) == 2)
    }
}
