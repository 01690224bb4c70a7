import Benchmark
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOEmbedded
import Warrant
import WarrantCrypto
import WarrantJSON

// The framework layer (typed route, access lift, input validation, problem middleware) against a bare
// Hummingbird handler doing the same work by hand: read and check the path id, verify the bearer token
// (with the same verifier and its cache), write the same JSON. Both are called in-process, so the figure
// is the framework's own cost, not the network's.

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
    func read(_ request: Request<Authorized<BenchMember>>, @Path(1...) id: Int64) -> Item {
        Item(id: id, owner: request.proof.subject, title: "benchmark item")
    }
}

struct Fixture: Sendable {
    let token: String
    let verifier: AccessTokenVerifier
    let warrant: RouterResponder<WarrantContext>
    let bare: RouterResponder<BasicRequestContext>

    init() throws {
        let key = try PASETOSecretKey.generate()
        token = AccessTokenIssuer(secretKey: key, issuer: "bench").mint(subject: "alice", roles: ["member"]).value
        verifier = AccessTokenVerifier(keyring: PublicKeyring([key.publicKey]), issuer: "bench")
        warrant = try API(info: APIInfo(title: "Bench", version: "1"), gate: AccessGate(verifier: verifier)) { $0.include(ItemRoutes()) }
            .makeResponder()
        let verifier = self.verifier
        let router = Router()
        router.get("/items/:id") { request, context -> Response in
            guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
                  let identity = verifier.verify(header.dropFirst(7))
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

    func request() -> HummingbirdCore.Request {
        HummingbirdCore.Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/items/42", headerFields: [.authorization: "Bearer \(token)"]),
            body: RequestBody(buffer: ByteBuffer())
        )
    }
}

let benchmarks: @Sendable () -> Void = {
    guard let fixture = try? Fixture() else { return }
    let channel = EmbeddedChannel()
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .instructions, .mallocCountTotal], maxDuration: .seconds(5))

    Benchmark("bare Hummingbird handler", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench")))
            blackHole(try await fixture.bare.respond(to: fixture.request(), context: context))
        }
    }

    Benchmark("Warrant typed route", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let context = WarrantContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "bench")))
            blackHole(try await fixture.warrant.respond(to: fixture.request(), context: context))
        }
    }
}
