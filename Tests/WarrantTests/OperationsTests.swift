import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Testing
@testable import Warrant
import WarrantTesting

/// Refuses requests that carry `X-Blocked`, and tags every answer: an application middleware.
struct BlockingMiddleware: DocumentedMiddleware {
    typealias Context = WarrantContext

    var problems: [ProblemCase] {
        [ProblemCase(status: .forbidden, title: "Forbidden", detail: "Blocked by policy.", name: "blockedByPolicy")]
    }

    func handle(_ request: HummingbirdCore.Request, context: WarrantContext, next: (HummingbirdCore.Request, WarrantContext) async throws -> Response) async throws -> Response {
        // The framework ran first: the request id is already set.
        guard request.headers[HTTPField.Name("X-Blocked")!] == nil else {
            throw Problem(status: .forbidden, detail: "Blocked by policy \(context.requestID.isEmpty ? "?" : "with an id").")
        }
        var response = try await next(request, context)
        response.headers[HTTPField.Name("X-Tenant")!] = "acme"
        return response
    }
}

@Suite("Operations: access log and application middleware")
struct OperationsTests {
    func api(_ options: OperationsOptions, logs: CapturedLogs, middleware: [any RouterMiddleware<WarrantContext>] = []) throws -> (API, SecurityFixture) {
        let fixture = try SecurityFixture()
        var api = fixture.api()
        api.operations = options
        api.accessLogger = logs.logger()
        api.middleware = middleware
        return (api, fixture)
    }

    @Test("one line per request: method, route template, status, duration, bytes, request id — never the raw path or a token")
    func accessLog() async throws {
        let logs = CapturedLogs()
        let (api, fixture) = try api(OperationsOptions(accessLog: true), logs: logs)
        let client = try TestClient(api: api)
        let token = fixture.token(roles: ["member"])
        _ = try await client.get("/member?secret=hunter2", headers: [.authorization: "Bearer \(token)"])
        _ = try await client.get("/admin", headers: [.authorization: "Bearer \(token)"])
        _ = try await client.get("/no/such/thing/42")
        let lines = logs.all
        #expect(lines.count == 3, "exactly one line per request: \(lines)")
        // CapturedLogs writes the metadata as a Swift dictionary: `"key": value`.
        #expect(lines[0].contains(#""route": /member"#), "\(lines[0])")
        #expect(lines[0].contains(#""status": 200"#) && lines[1].contains(#""status": 403"#) && lines[2].contains(#""status": 404"#), "\(lines)")
        #expect(lines[2].contains(#""route": unmatched"#), "an unmatched path is not logged as itself")
        for line in lines {
            for field in ["method", "duration_ms", "bytes", "request_id"] { #expect(line.contains("\"\(field)\": "), "\(field) in \(line)") }
            #expect(!line.contains(token) && !line.contains("hunter2") && !line.contains("/no/such") && !line.contains("subject"), "\(line)")
        }
    }

    @Test("the subject is on the line only when configured")
    func subject() async throws {
        let logs = CapturedLogs()
        let (api, fixture) = try api(OperationsOptions(accessLog: true, accessLogSubject: true), logs: logs)
        let client = try TestClient(api: api)
        _ = try await client.get("/member", headers: [.authorization: "Bearer \(fixture.token("alice", roles: ["member"]))"])
        _ = try await client.get("/open")
        #expect(logs.all.count == 2)
        #expect(logs.all[0].contains(#""subject": alice"#), "\(logs.all[0])")
        #expect(!logs.all[1].contains("subject"), "an anonymous request has none")
    }

    @Test("off by default: an API built in a test logs no access lines")
    func offByDefault() async throws {
        let logs = CapturedLogs()
        let (api, _) = try api(OperationsOptions(), logs: logs)
        _ = try await TestClient(api: api).get("/open")
        #expect(logs.all.isEmpty)
    }

    @Test("application middleware runs inside the framework's: it may refuse with a problem and add headers, and the answer keeps the request id and security headers")
    func middleware() async throws {
        let logs = CapturedLogs()
        let (api, _) = try api(OperationsOptions(accessLog: true), logs: logs, middleware: [BlockingMiddleware()])
        let client = try TestClient(api: api)
        let allowed = try await client.get("/open")
        #expect(allowed.status == .ok && allowed.headers[HTTPField.Name("X-Tenant")!] == "acme")
        let blocked = try await client.get("/open", headers: [HTTPField.Name("X-Blocked")!: "1"])
        #expect(blocked.status == .forbidden)
        #expect(try blocked.problem().detail == "Blocked by policy with an id.")
        #expect(blocked.headers[HTTPField.Name("X-Request-Id")!] != nil && blocked.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        #expect(logs.all.last?.contains(#""status": 403"#) == true, "the refusal is logged like any answer")
        let statuses = try Self.statuses(of: "/open", in: api)
        #expect(statuses.contains("403"), "a documented middleware's problems are every operation's: \(statuses)")
    }

    @Test("undocumented middleware answers are contract drift the test client reports")
    func undocumentedMiddleware() async throws {
        struct Quiet: RouterMiddleware {
            typealias Context = WarrantContext
            func handle(_ request: HummingbirdCore.Request, context: WarrantContext, next: (HummingbirdCore.Request, WarrantContext) async throws -> Response) async throws -> Response {
                throw Problem(status: .tooManyRequests)
            }
        }
        let (api, _) = try api(OperationsOptions(), logs: CapturedLogs(), middleware: [Quiet()])
        #expect(try !Self.statuses(of: "/open", in: api).contains("429"))
        try await withKnownIssue("the contract check fails the test on an undocumented status") {
            _ = try await TestClient(api: api).get("/open")
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("GET /open answered 429, which its documentation does not list") }
        }
    }

    /// The documented statuses of `GET path`.
    static func statuses(of path: String, in api: API) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(try api.specification().jsonText.utf8)) as? [String: Any]
        let paths = document?["paths"] as? [String: [String: Any]]
        let get = paths?[path]?["get"] as? [String: Any]
        return ((get?["responses"] as? [String: Any]) ?? [:]).keys.sorted()
    }

    @Test("route templates are the document's, whatever Hummingbird calls them")
    func templates() {
        let templates = RouteTemplates(["/todos/{id}", "/todos", "/users/{user}/keys/{key}"])
        #expect(templates.template(of: "/todos/:id") == "/todos/{id}")
        #expect(templates.template(of: "/users/:user/keys/:key") == "/users/{user}/keys/{key}")
        #expect(templates.template(of: nil) == "unmatched")
    }
}
