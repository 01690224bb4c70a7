import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Synchronization
import Warrant
import WarrantCrypto
import WarrantJSON
import WarrantTelemetry

// The two responders the framework-overhead benchmarks compare: the framework layer (typed route, access
// lift, input validation, its middleware) against a bare Hummingbird handler doing the same work by hand: a middleware that assigns a request ID, checks the
// request's size limits, adds the security headers and turns errors into responses; a handler that reads
// and checks the path id, verifies the bearer token (with the same verifier and its cache) and writes the
// same JSON. Both are called in-process, so the figure is the framework's own cost, not the network's.

/// A member.
enum BenchMember: Role {
    static let name = "member"
}

/// An item.
@Schema
struct Item: Sendable {
    /// Its id.
    var id: Int64
    /// Its owner.
    var owner: String
    /// Its title.
    var title: String
}

/// The typed route.
@Routes(tag: "items")
struct ItemRoutes {
    /// Read an item.
    /// - Parameter id: Its id.
    @GET("/items/{id}")
    func read(_ request: Warrant.Request<Authorized<BenchMember>>, @Path(1...) id: Int64) -> Item {
        Item(id: id, owner: request.proof.subject, title: "benchmark item")
    }
}

/// The Warrant responder and the bare one, with a token both accept.
public struct Fixture: Sendable {
    let token: String
    let verifier: AccessTokenVerifier
    /// The typed route behind Warrant's responder.
    public let warrant: RouterResponder<WarrantContext>
    /// The same work by hand in bare Hummingbird.
    public let bare: RouterResponder<BasicRequestContext>
    /// The typed route with the access log (JSON lines, written to a discarding sink) and metrics on.
    public let observed: RouterResponder<WarrantContext>

    /// Both responders, with a fresh key.
    public init() throws {
        let key = try PASETOSecretKey.generate()
        token = AccessTokenIssuer(secretKey: key, issuer: "bench").mint(subject: "alice", roles: ["member"]).value
        verifier = AccessTokenVerifier(keyring: PublicKeyring([key.publicKey]), issuer: "bench")
        warrant = try API(info: APIInfo(title: "Bench", version: "1"), gate: AccessGate(verifier: verifier, roles: [BenchMember.self])) { $0.include(ItemRoutes()) }
            .makeResponder()
        // Metrics go to a Prometheus registry, as with METRICS=prometheus (nothing scrapes it here).
        _ = try Telemetry.bootstrap(TelemetrySettings(metrics: .prometheus), logger: Logger(label: "bench"))
        var observedAPI = API(info: APIInfo(title: "Bench", version: "1"), gate: AccessGate(verifier: verifier, roles: [BenchMember.self]), operations: OperationsOptions(accessLog: true, metrics: true)) {
            $0.include(ItemRoutes())
        }
        observedAPI.accessLogger = Logger(label: "warrant.access") { label in JSONLogHandler(label: label, level: .info) { blackHoleLine($0) } }
        observed = try observedAPI.makeResponder()
        let verifier = self.verifier
        let router = Router()
        router.add(middleware: HandWrittenHardening())
        router.get("/items/:id") { request, context -> Response in
            guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
                  case .verified(let identity) = verifier.check(header.dropFirst(7))
            else { return Response(status: .unauthorized) }
            guard identity.roles.contains("member") else { return Response(status: .forbidden) }
            guard let text = context.parameters.get("id"), let id = Int64(text), id >= 1 else {
                return Response(status: .unprocessableContent)
            }
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("id"); writer.int(id)
            writer.key("owner"); writer.string(identity.subject)
            writer.key("title"); writer.string("benchmark item")
            writer.endObject()
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: writer.buffer))
        }
        bare = router.buildResponder()
    }

    /// `GET /items/42` with the bearer token.
    public func request() -> HummingbirdCore.Request {
        HummingbirdCore.Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/items/42", headerFields: [.authorization: "Bearer \(token)"]),
            body: RequestBody(buffer: ByteBuffer())
        )
    }
}

/// Where the benchmark's access lines go: counted, so the encoding is not optimised away, and dropped.
let linesWritten = Atomic<Int>(0)
@Sendable func blackHoleLine(_ line: [UInt8]) {
    linesWritten.add(line.count, ordering: .relaxed)
}

/// What Warrant's middleware stack does, written by hand for the bare router.
struct HandWrittenHardening: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let requestID = HTTPField.Name("X-Request-Id")!
    static let noSniff = HTTPField.Name("X-Content-Type-Options")!
    static let counter = Atomic<UInt64>(0)

    func handle(_ request: HummingbirdCore.Request, context: BasicRequestContext, next: (HummingbirdCore.Request, BasicRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        let id = request.headers[Self.requestID] ?? "bench-" + String(Self.counter.add(1, ordering: .relaxed).newValue, radix: 36)
        context.logger[metadataKey: "request_id"] = .string(id)
        let headerBytes = request.headers.reduce(0) { $0 + $1.name.rawName.utf8.count + $1.value.utf8.count + 4 }
        guard (request.head.path?.utf8.count ?? 0) <= 8192, request.headers.count <= 100, headerBytes <= 16384 else {
            return Response(status: .badRequest)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = Response(status: .internalServerError)
        }
        response.headers[Self.requestID] = id
        response.headers[Self.noSniff] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
