import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import WarrantLambda

/// What the echo route saw, returned as JSON so tests can check the request the adapter built.
struct Echo: Codable, Sendable {
    var method: String
    var path: String
    var query: String?
    var headers: [[String]]
    var body: String?
    var bodyBase64: String
    var scheme: String?
    var authority: String?
    var requestID: String?
    var traceID: String?
    var functionARN: String?
    var deadlineMilliseconds: Int64?
    var traceEnvironment: String?

    /// The values of a header, matched case-insensitively.
    func header(_ name: String) -> [String] {
        self.headers.filter { $0.first?.lowercased() == name.lowercased() }.compactMap { $0.last }
    }
}

/// Counts how many requests a route is serving at once.
final class ConcurrencyProbe: Sendable {
    private let counts = Mutex((current: 0, maximum: 0))

    func enter() {
        self.counts.withLock { counts in
            counts.current += 1
            counts.maximum = max(counts.maximum, counts.current)
        }
    }

    func leave() {
        self.counts.withLock { $0.current -= 1 }
    }

    var maximum: Int { self.counts.withLock { $0.maximum } }
}

struct TestFailure: Error {}

/// The router the end-to-end tests run in Lambda.
enum TestRoutes {
    static func router(probe: ConcurrencyProbe) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/throws") { _, _ -> String in
            throw TestFailure()
        }
        router.get("/binary") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/octet-stream"],
                body: .init(byteBuffer: ByteBuffer(bytes: [0, 1, 2, 0xFE, 0xFF]))
            )
        }
        router.get("/cookies") { _, _ in
            var response = Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "cookies")))
            response.headers.append(HTTPField(name: .setCookie, value: "session=abc; Path=/; HttpOnly"))
            response.headers.append(HTTPField(name: .setCookie, value: "theme=dark; Expires=Wed, 21 Oct 2015 07:28:00 GMT"))
            return response
        }
        router.get("/slow") { _, _ -> String in
            probe.enter()
            defer { probe.leave() }
            try await Task.sleep(for: .milliseconds(20))
            return "done"
        }
        let echo: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            try await Self.echo(request)
        }
        for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch, .head] {
            router.on("/", method: method, use: echo)
            router.on("/**", method: method, use: echo)
        }
        return router
    }

    static func echo(_ request: Request) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 1 << 20)
        let invocation = LambdaInvocation.current
        let echo = Echo(
            method: request.method.rawValue,
            path: request.uri.path,
            query: request.uri.query,
            headers: request.headers.map { [$0.name.rawName, $0.value] },
            body: String(validating: body.readableBytesView, as: UTF8.self),
            bodyBase64: Data(body.readableBytesView).base64EncodedString(),
            scheme: request.head.scheme,
            authority: request.head.authority,
            requestID: invocation?.requestID,
            traceID: invocation?.traceID,
            functionARN: invocation?.invokedFunctionARN,
            deadlineMilliseconds: invocation?.deadlineMilliseconds,
            traceEnvironment: getenv("_X_AMZN_TRACE_ID").map { String(cString: $0) }
        )
        let data = try JSONEncoder().encode(echo)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The request context the test router uses, named for generic call sites.
typealias BasicRequestContextAlias = BasicRequestContext
