import Synchronization
import Warrant

/// A receipt: what an idempotent handler answers, numbered by how often it ran.
@Schema
struct Receipt: Sendable {
    /// How many times the handler had run when it answered.
    var run: Int
    /// The amount the request named.
    var amount: Int
}

/// An order, the body of the idempotent route.
@Schema
struct Order: Sendable {
    /// The amount.
    var amount: Int
}

/// Counts handler runs and can hold one until released, for 409 and replay checks.
final class RunCounter: Sendable {
    private let state = Mutex<(runs: Int, held: Bool, holding: Bool)>((0, false, false))

    /// Records a run; waits while the counter is held.
    func run() async -> Int {
        let run = state.withLock { $0.runs += 1; $0.holding = $0.held; return $0.runs }
        while state.withLock({ $0.held }) { try? await Task.sleep(for: .milliseconds(2)) }
        state.withLock { $0.holding = false }
        return run
    }

    /// How many runs there were.
    var runs: Int { state.withLock { $0.runs } }
    /// Makes the next runs wait until ``release()``.
    func hold() { state.withLock { $0.held = true } }
    /// Lets held runs finish.
    func release() { state.withLock { $0.held = false } }
    /// Whether a run is waiting.
    var isHolding: Bool { state.withLock { $0.holding } }
}

/// The problems of a refused order.
@Problems
enum OrderError: Error {
    /// The amount is too large.
    @Status(.unprocessableContent) case tooLarge
}

/// Routes declaring rate limits and idempotency.
@Routes(tag: "policies")
struct PolicyRoutes {
    let counter: RunCounter

    static let pingLimit = RateLimit(3, per: .seconds(60), by: .client)

    /// Pay, once per key.
    /// - Parameter order: The order.
    @POST("/pay", idempotency: .optional, errors: OrderError.self)
    func pay(_ request: Request<Unauthenticated>, order: Order) async throws -> Created<Receipt> {
        guard order.amount < 1000 else { throw OrderError.tooLarge }
        return Created(Receipt(run: await counter.run(), amount: order.amount), location: "/pay/\(order.amount)")
    }

    /// Pay with a key always.
    /// - Parameter order: The order.
    @POST("/pay/strict", idempotency: Idempotency(required: true, retention: .seconds(60)))
    func payStrict(_ request: Request<Authenticated>, order: Order) async -> Receipt {
        Receipt(run: await counter.run(), amount: order.amount)
    }

    /// Ping, three times a minute per client.
    @GET("/ping", rateLimit: pingLimit)
    func ping(_ request: Request<Unauthenticated>) -> Receipt {
        Receipt(run: 0, amount: 0)
    }

    /// Ping as a caller, twice a minute each.
    @GET("/ping/mine", rateLimit: RateLimit(2, per: .seconds(60)))
    func pingMine(_ request: Request<Authenticated>) -> Receipt {
        Receipt(run: 0, amount: 0)
    }
}

/// Two routes sharing one named budget through their group.
@Routes(tag: "shared")
struct SharedBudgetRoutes {
    /// One.
    @GET("/one")
    func one(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 1, amount: 0) }

    /// Two.
    @GET("/two")
    func two(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 2, amount: 0) }

    /// Three, with a limit of its own.
    @GET("/three", rateLimit: RateLimit(1, per: .seconds(10), by: .client))
    func three(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 3, amount: 0) }
}

/// Declarations the start-up checks refuse.
@Routes(tag: "wrong")
struct WrongPolicyRoutes {
    /// A GET that claims idempotency keys.
    @GET("/wrong", idempotency: .optional)
    func wrong(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 0, amount: 0) }

    /// An upload, which a fingerprint of the body bytes cannot cover.
    /// - Parameter file: The file.
    @PUT("/upload", idempotency: .optional)
    func upload(_ request: Request<Unauthenticated>, @Body(mediaTypes: ["text/plain"]) file: UploadedFile) -> Receipt { Receipt(run: 0, amount: 0) }

    /// One of two routes sharing a policy name…
    @GET("/shared/a", rateLimit: RateLimit(5, per: .seconds(60), name: "pair"))
    func sharedA(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 0, amount: 0) }

    /// …with another limit.
    @GET("/shared/b", rateLimit: RateLimit(6, per: .seconds(60), name: "pair"))
    func sharedB(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 0, amount: 0) }

    /// No requests at all.
    @GET("/never", rateLimit: RateLimit(0, per: .seconds(60), name: "bad name"))
    func never(_ request: Request<Unauthenticated>) -> Receipt { Receipt(run: 0, amount: 0) }
}
