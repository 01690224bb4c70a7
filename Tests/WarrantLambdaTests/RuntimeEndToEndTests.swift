import Foundation
import Hummingbird
import Logging
import Testing
import WarrantLambda
import WarrantLambdaEmulator

/// The runtime against the emulator over a real socket: event in, reply out.
/// Serialized because the runtime publishes `_X_AMZN_TRACE_ID` process-wide.
@Suite("Runtime end to end", .serialized)
struct RuntimeEndToEndTests {
    /// Sends `event`, expects a response, and decodes the reply and the echo in its body.
    func echo<Reply: Decodable>(
        _ event: String,
        as reply: Reply.Type,
        emulator: LambdaRuntimeEmulator,
        body: (Reply) -> String?
    ) async throws -> (Reply, Echo) {
        let outcome = try await emulator.invoke(event)
        guard case .response(let bytes) = outcome else {
            Issue.record("expected a response, got \(outcome)")
            throw TestFailure()
        }
        let decoded = try decodeReply(reply, from: bytes)
        let echo = try JSONDecoder().decode(Echo.self, from: Data(try #require(body(decoded)).utf8))
        return (decoded, echo)
    }

    @Test("HTTP API 2.0 round trip")
    func httpAPIv2() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let (reply, echo) = try await self.echo(try Fixture.httpAPIv2.text(), as: V2Reply.self, emulator: emulator) { $0.body }
            #expect(reply.statusCode == 200)
            #expect(reply.isBase64Encoded == false)
            #expect(header("content-type", in: reply.headers) == "application/json")
            #expect(echo.method == "POST")
            #expect(echo.path == "/my/path")
            #expect(echo.query == "parameter1=value1&parameter1=value2&parameter2=value")
            #expect(echo.header("cookie") == ["cookie1; cookie2"])
            #expect(echo.header("header2") == ["value1,value2"])
            #expect(echo.body == "Hello from Lambda")
            #expect(echo.authority == "id.execute-api.us-east-1.amazonaws.com")
        }
    }

    @Test("Function URL round trip")
    func functionURL() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let (reply, echo) = try await self.echo(try Fixture.functionURL.text(), as: V2Reply.self, emulator: emulator) { $0.body }
            #expect(reply.statusCode == 200)
            #expect(echo.body == "Hello from client!")
            #expect(echo.header("header1") == ["value1"])
        }
    }

    @Test("REST API round trip with repeated query items and headers")
    func restAPI() async throws {
        try await RuntimeHarness(stripStagePrefix: true).run { emulator, _ in
            let (reply, echo) = try await self.echo(try Fixture.restAPIv1.text(), as: V1Reply.self, emulator: emulator) { $0.body }
            #expect(reply.statusCode == 200)
            #expect(header("content-type", in: reply.multiValueHeaders) == ["application/json"])
            #expect(echo.method == "POST")
            #expect(echo.path == "/hello/world")
            #expect(echo.query == "multivalueName=you&multivalueName=me&name=me")
            #expect(echo.body == "{\r\n\t\"a\": 1\r\n}")
            #expect(echo.header("headerName") == ["headerValue"])
        }
    }

    @Test("HTTP API 1.0 round trip")
    func httpAPIv1() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let (_, echo) = try await self.echo(try Fixture.httpAPIv1.text(), as: V1Reply.self, emulator: emulator) { $0.body }
            #expect(echo.method == "GET")
            #expect(echo.header("header2") == ["value1", "value2"])
            #expect(echo.query == "parameter1=value1&parameter1=value2&parameter2=value")
        }
    }

    @Test("ALB single-value round trip")
    func albSingleValue() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let (reply, echo) = try await self.echo(try Fixture.albSingleValue.text(), as: ALBReply.self, emulator: emulator) { $0.body }
            #expect(reply.statusDescription == "200 OK")
            #expect(reply.multiValueHeaders == nil)
            #expect(header("content-type", in: reply.headers) == "application/json")
            #expect(echo.path == "/lambda")
            #expect(echo.query == "query=1234ABCD")
            #expect(echo.scheme == "http")
        }
    }

    @Test("ALB multi-value round trip")
    func albMultiValue() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let (reply, echo) = try await self.echo(try Fixture.albMultiValue.text(), as: ALBReply.self, emulator: emulator) { $0.body }
            #expect(reply.statusDescription == "200 OK")
            #expect(reply.headers == nil)
            #expect(header("content-type", in: reply.multiValueHeaders) == ["application/json"])
            #expect(echo.path == "/")
            #expect(echo.query == "myKey=val1&myKey=val2")
            #expect(echo.header("cookie") == ["name1=value1; name2=value2"])
            #expect(echo.body == "request_body")
        }
    }

    @Test("Base64 both ways: binary request body in, binary response body out")
    func base64() async throws {
        try await RuntimeHarness().run { emulator, _ in
            var event = try Fixture.functionURL.object()
            event["isBase64Encoded"] = true
            event["body"] = Data([0, 159, 146, 150, 255]).base64EncodedString()
            let (_, echo) = try await self.echo(try jsonText(event), as: V2Reply.self, emulator: emulator) { $0.body }
            #expect(Data(base64Encoded: echo.bodyBase64) == Data([0, 159, 146, 150, 255]))
            #expect(echo.header("content-length") == ["5"])

            event["rawPath"] = "/binary"
            event["requestContext"] = ["http": ["method": "GET"]]
            event["body"] = NSNull()
            let reply = try decodeReply(V2Reply.self, from: try #require(await emulator.invoke(try jsonText(event)).responseText.map { Array($0.utf8) }))
            #expect(reply.isBase64Encoded == true)
            #expect(reply.body.flatMap { Data(base64Encoded: $0) } == Data([0, 1, 2, 0xFE, 0xFF]))
        }
    }

    @Test("Response cookies in every format")
    func cookies() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let expected = ["session=abc; Path=/; HttpOnly", "theme=dark; Expires=Wed, 21 Oct 2015 07:28:00 GMT"]

            var v2 = try Fixture.httpAPIv2.object()
            v2["rawPath"] = "/cookies"
            v2["requestContext"] = ["http": ["method": "GET"]]
            let v2Reply = try decodeReply(V2Reply.self, from: Array(try #require(await emulator.invoke(try jsonText(v2)).responseText).utf8))
            #expect(v2Reply.cookies == expected)
            #expect(v2Reply.body == "cookies")

            var v1 = try Fixture.restAPIv1.object()
            v1["path"] = "/cookies"
            v1["httpMethod"] = "GET"
            let v1Reply = try decodeReply(V1Reply.self, from: Array(try #require(await emulator.invoke(try jsonText(v1)).responseText).utf8))
            #expect(header("set-cookie", in: v1Reply.multiValueHeaders) == expected)
            #expect(header("set-cookie", in: v1Reply.headers) == nil)

            var albMulti = try Fixture.albMultiValue.object()
            albMulti["path"] = "/cookies"
            let multiReply = try decodeReply(ALBReply.self, from: Array(try #require(await emulator.invoke(try jsonText(albMulti)).responseText).utf8))
            #expect(header("set-cookie", in: multiReply.multiValueHeaders) == expected)

            var albSingle = try Fixture.albSingleValue.object()
            albSingle["path"] = "/cookies"
            let singleReply = try decodeReply(ALBReply.self, from: Array(try #require(await emulator.invoke(try jsonText(albSingle)).responseText).utf8))
            #expect(header("set-cookie", in: singleReply.headers) == expected.last)
        }
    }

    @Test("Stage prefix stripped from an HTTP API named stage when configured")
    func stageStripping() async throws {
        try await RuntimeHarness(stripStagePrefix: true).run { emulator, _ in
            let (_, echo) = try await self.echo(try Fixture.httpAPIv2NamedStage.text(), as: V2Reply.self, emulator: emulator) { $0.body }
            #expect(echo.path == "/nodejs-apig-function-1G3XMPLZXVXYI")
        }
        try await RuntimeHarness(stripStagePrefix: false).run { emulator, _ in
            let (_, echo) = try await self.echo(try Fixture.httpAPIv2NamedStage.text(), as: V2Reply.self, emulator: emulator) { $0.body }
            #expect(echo.path == "/default/nodejs-apig-function-1G3XMPLZXVXYI")
        }
    }

    @Test("Base path stripped for custom domain mappings")
    func basePathStripping() async throws {
        try await RuntimeHarness(basePath: "/hello").run { emulator, _ in
            let (_, echo) = try await self.echo(try Fixture.restAPIv1.text(), as: V1Reply.self, emulator: emulator) { $0.body }
            #expect(echo.path == "/world")
        }
    }

    @Test("A throwing responder gives a 500 problem response, not /error")
    func responderError() async throws {
        try await RuntimeHarness().run { emulator, _ in
            var event = try Fixture.httpAPIv2.object()
            event["rawPath"] = "/throws"
            event["requestContext"] = ["http": ["method": "GET"]]
            let outcome = try await emulator.invoke(try jsonText(event))
            let reply = try decodeReply(V2Reply.self, from: Array(try #require(outcome.responseText).utf8))
            #expect(reply.statusCode == 500)
            #expect(header("content-type", in: reply.headers) == "application/problem+json")
            let problem = try JSONSerialization.jsonObject(with: Data(try #require(reply.body).utf8)) as? [String: Any]
            #expect(problem?["type"] as? String == "about:blank")
            #expect(problem?["title"] as? String == "Internal Server Error")
            #expect(problem?["status"] as? Int == 500)
        }
    }

    @Test("A request body flagged base64 that is not gets a 400 problem response")
    func invalidBase64() async throws {
        try await RuntimeHarness().run { emulator, _ in
            var event = try Fixture.functionURL.object()
            event["isBase64Encoded"] = true
            event["body"] = "not base64!"
            let reply = try decodeReply(V2Reply.self, from: Array(try #require(await emulator.invoke(try jsonText(event)).responseText).utf8))
            #expect(reply.statusCode == 400)
            #expect(header("content-type", in: reply.headers) == "application/problem+json")
        }
    }

    @Test("An event of no known shape is reported to /error, and the runtime carries on")
    func unparseableEvent() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let report = try #require(try await emulator.invoke(#"{"Records":[{"eventSource":"aws:sqs"}]}"#).errorReport)
            #expect(report.errorTypeHeader == "Runtime.UnrecognizedEvent")
            let body = try JSONSerialization.jsonObject(with: Data(report.body)) as? [String: Any]
            #expect(body?["errorType"] as? String == "Runtime.UnrecognizedEvent")
            #expect((body?["errorMessage"] as? String)?.isEmpty == false)

            let notJSON = try #require(try await emulator.invoke("not json at all").errorReport)
            #expect(notJSON.errorTypeHeader == "Runtime.UnrecognizedEvent")

            let (reply, _) = try await self.echo(try Fixture.httpAPIv2.text(), as: V2Reply.self, emulator: emulator) { $0.body }
            #expect(reply.statusCode == 200)
        }
    }

    @Test("A configured format rejects events of another shape")
    func configuredFormat() async throws {
        try await RuntimeHarness(eventFormat: .applicationLoadBalancer).run { emulator, _ in
            let report = try #require(try await emulator.invoke(try Fixture.httpAPIv2.text()).errorReport)
            #expect(report.errorTypeHeader == "Runtime.InvalidEvent")
            let (reply, _) = try await self.echo(try Fixture.albSingleValue.text(), as: ALBReply.self, emulator: emulator) { $0.body }
            #expect(reply.statusCode == 200)
        }
    }

    @Test("Invocation metadata is visible to handlers")
    func invocationMetadata() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1"
            let requestID = emulator.enqueue(try Fixture.httpAPIv2.text(), requestID: "8476a536-e9f4-11e8-9739-2dfe598c3fcd", traceID: trace)
            let reply = try decodeReply(V2Reply.self, from: Array(try #require(await emulator.outcome(for: requestID).responseText).utf8))
            let echo = try JSONDecoder().decode(Echo.self, from: Data(try #require(reply.body).utf8))
            #expect(echo.requestID == "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
            #expect(echo.header("x-request-id") == ["8476a536-e9f4-11e8-9739-2dfe598c3fcd"])
            #expect(echo.traceID == trace)
            #expect(echo.traceEnvironment == trace)
            #expect(echo.functionARN == "arn:aws:lambda:us-east-1:123456789012:function:warrant-emulator")
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            #expect((now..<(now + 31_000)).contains(try #require(echo.deadlineMilliseconds)))
        }
    }

    @Test("Request ids that need escaping in the URL still round-trip")
    func unusualRequestID() async throws {
        try await RuntimeHarness().run { emulator, _ in
            let requestID = emulator.enqueue(try Fixture.httpAPIv2.text(), requestID: "id with/slash")
            let outcome = try await emulator.outcome(for: requestID)
            #expect(outcome.responseText != nil)
        }
    }

    @Test("Exactly one invocation at a time")
    func oneAtATime() async throws {
        try await RuntimeHarness().run { emulator, probe in
            var event = try Fixture.httpAPIv2.object()
            event["rawPath"] = "/slow"
            event["requestContext"] = ["http": ["method": "GET"]]
            let text = try jsonText(event)
            let ids = (0..<5).map { _ in emulator.enqueue(text) }
            for id in ids {
                let reply = try decodeReply(V2Reply.self, from: Array(try #require(await emulator.outcome(for: id).responseText).utf8))
                #expect(reply.body == "done")
            }
            #expect(emulator.maxConcurrentInvocations == 1)
            #expect(probe.maximum == 1)
        }
    }

    @Test("reportInitError posts to /init/error")
    func initError() async throws {
        let emulator = try await LambdaRuntimeEmulator.start()
        struct MissingConfiguration: Error, CustomStringConvertible {
            var description: String { "DATABASE_URL is not set" }
        }
        await LambdaRuntime<RouterResponder<BasicRequestContextAlias>>.reportInitError(
            runtimeAPI: emulator.runtimeAPI,
            error: MissingConfiguration(),
            logger: RuntimeHarness.quietLogger
        )
        let report = try await emulator.initError(timeout: .seconds(5))
        #expect(report.errorTypeHeader == "Runtime.InitError")
        let body = try JSONSerialization.jsonObject(with: Data(report.body)) as? [String: Any]
        #expect(body?["errorMessage"] as? String == "DATABASE_URL is not set")
        #expect(body?["errorType"] as? String == "Runtime.InitError")
        try await emulator.shutdown()
    }

    @Test("An invalid Runtime API address is a fatal error")
    func invalidAddress() async throws {
        let runtime = LambdaRuntime(
            runtimeAPI: "nonsense",
            responder: TestRoutes.router(probe: ConcurrencyProbe()).buildResponder(),
            stripStagePrefix: false,
            basePath: nil,
            logger: RuntimeHarness.quietLogger
        )
        await #expect(throws: LambdaRuntimeError.self) { try await runtime.run() }
    }

    @Test("Losing the Runtime API connection stops the runtime with an error")
    func connectionLost() async throws {
        let emulator = try await LambdaRuntimeEmulator.start()
        let runtime = LambdaRuntime(
            runtimeAPI: emulator.runtimeAPI,
            responder: TestRoutes.router(probe: ConcurrencyProbe()).buildResponder(),
            stripStagePrefix: false,
            basePath: nil,
            logger: RuntimeHarness.quietLogger
        )
        let task = Task { try await runtime.run() }
        while emulator.waitingRuntimeCount == 0 {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await emulator.shutdown()
        await #expect(throws: LambdaRuntimeError.self) { try await task.value }
    }
}
