import Foundation
import HTTPTypes
import NIOCore
import Testing

@testable import WarrantLambda

@Suite("Rebuilding requests from events")
struct RequestAdaptationTests {
    let allocator = ByteBufferAllocator()

    func request(_ fixture: Fixture, stripStage: Bool = false, basePath: String? = nil) throws -> LambdaHTTPRequest {
        let event = try #require(LambdaEventFormat.detect(in: try fixture.buffer())).decodeEvent(try fixture.buffer())
        return try event.makeRequest(options: LambdaEventOptions(stripStagePrefix: stripStage, basePath: basePath), allocator: self.allocator)
    }

    func request(json: String, format: LambdaEventFormat, stripStage: Bool = false, basePath: String? = nil) throws -> LambdaHTTPRequest {
        let event = try format.decodeEvent(ByteBuffer(string: json))
        return try event.makeRequest(options: LambdaEventOptions(stripStagePrefix: stripStage, basePath: basePath), allocator: self.allocator)
    }

    func values(_ request: LambdaHTTPRequest, _ name: String) throws -> [String] {
        request.headers[values: try #require(HTTPField.Name(name))]
    }

    @Test("HTTP API 2.0: raw path and query, comma-joined headers, cookies, body")
    func httpAPIv2() throws {
        let request = try self.request(.httpAPIv2)
        #expect(request.method == .post)
        #expect(request.target == "/my/path?parameter1=value1&parameter1=value2&parameter2=value")
        #expect(try self.values(request, "Header2") == ["value1,value2"])
        #expect(try self.values(request, "Cookie") == ["cookie1; cookie2"])
        #expect(request.authority == "id.execute-api.us-east-1.amazonaws.com")
        #expect(request.scheme == "https")
        #expect(String(buffer: request.body) == "Hello from Lambda")
    }

    @Test("Function URL events use the 2.0 adapter")
    func functionURL() throws {
        let request = try self.request(.functionURL)
        #expect(request.method == .post)
        #expect(request.target == "/my/path?parameter1=value1&parameter1=value2&parameter2=value")
        #expect(try self.values(request, "header1") == ["value1"])
        #expect(String(buffer: request.body) == "Hello from client!")
    }

    @Test("HTTP API 2.0 named stage: the stage prefix is stripped only when asked")
    func namedStage() throws {
        #expect(try self.request(.httpAPIv2NamedStage).path == "/default/nodejs-apig-function-1G3XMPLZXVXYI")
        let stripped = try self.request(.httpAPIv2NamedStage, stripStage: true)
        #expect(stripped.path == "/nodejs-apig-function-1G3XMPLZXVXYI")
        #expect(stripped.authority == "r3pmxmplak.execute-api.us-east-2.amazonaws.com")
        #expect(try self.values(stripped, "Cookie") == ["s_fid=7AABXMPL1AFD9BBF-0643XMPL09956DE2; regStatus=pre-register"])
        // isBase64Encoded with no body is an empty body, not an error.
        #expect(stripped.body.readableBytes == 0)
    }

    @Test("REST API: multi-value headers and query items kept, empty header name skipped")
    func restAPI() throws {
        let request = try self.request(.restAPIv1, stripStage: true)
        #expect(request.method == .post)
        // `path` excludes the stage already; stripping finds no `/testStage` prefix.
        #expect(request.path == "/hello/world")
        #expect(request.query == "multivalueName=you&multivalueName=me&name=me")
        #expect(try self.values(request, "X-Forwarded-For") == ["54.240.196.186, 54.182.214.83"])
        #expect(request.authority == "gy415nuibc.execute-api.us-east-1.amazonaws.com")
        #expect(!request.headers.contains { $0.name.rawName.isEmpty })
        #expect(String(buffer: request.body) == "{\r\n\t\"a\": 1\r\n}")
    }

    @Test("HTTP API 1.0: repeated header values become separate fields")
    func httpAPIv1() throws {
        let request = try self.request(.httpAPIv1)
        #expect(request.method == .get)
        #expect(request.target == "/my/path?parameter1=value1&parameter1=value2&parameter2=value")
        #expect(try self.values(request, "Header2") == ["value1", "value2"])
    }

    @Test("REST API query values arrive decoded and are encoded again")
    func restQueryEncoding() throws {
        var event = try Fixture.restAPIv1.object()
        event["multiValueQueryStringParameters"] = ["q": ["a b&c=d", "100%"], "ü": ["é"]]
        let request = try self.request(json: try jsonText(event), format: .apiGatewayV1)
        #expect(request.query == "q=a%20b%26c%3Dd&q=100%25&%C3%BC=%C3%A9")
    }

    @Test("REST API without multi-value maps falls back to the single-value ones")
    func restSingleValueFallback() throws {
        var event = try Fixture.restAPIv1.object()
        event["multiValueHeaders"] = NSNull()
        event["multiValueQueryStringParameters"] = NSNull()
        let request = try self.request(json: try jsonText(event), format: .apiGatewayV1)
        #expect(request.query == "multivalueName=me&name=me")
        #expect(try self.values(request, "headerName") == ["headerValue"])
    }

    @Test("ALB single-value event")
    func albSingleValue() throws {
        let request = try self.request(.albSingleValue)
        #expect(request.method == .get)
        #expect(request.target == "/lambda?query=1234ABCD")
        #expect(request.scheme == "http")
        #expect(request.authority == "lambda-alb-123578498.us-east-2.elb.amazonaws.com")
    }

    @Test("ALB multi-value event: repeated query items and cookies kept")
    func albMultiValue() throws {
        let request = try self.request(.albMultiValue)
        #expect(request.target == "/?myKey=val1&myKey=val2")
        #expect(try self.values(request, "Cookie") == ["name1=value1; name2=value2"])
        #expect(String(buffer: request.body) == "request_body")
    }

    @Test("ALB query items stay percent-encoded as the client sent them")
    func albQueryEncodingKept() throws {
        var event = try Fixture.albMultiValue.object()
        event["multiValueQueryStringParameters"] = ["q": ["a%20b", "x+y"], "name%5B%5D": ["%C3%A9"], "bad": ["a b"]]
        let request = try self.request(json: try jsonText(event), format: .applicationLoadBalancer)
        #expect(request.query == "bad=a%20b&name%5B%5D=%C3%A9&q=a%20b&q=x+y")
    }

    @Test("Raw paths keep their percent-encoding; only illegal bytes are escaped")
    func rawPathEncoding() throws {
        var event = try Fixture.httpAPIv2.object()
        event["rawPath"] = "/files/a%2Fb/c d/é"
        event["rawQueryString"] = "x=%41%zz"
        let request = try self.request(json: try jsonText(event), format: .apiGatewayV2)
        #expect(request.path == "/files/a%2Fb/c%20d/%C3%A9")
        #expect(request.query == "x=%41%25zz")
    }

    @Test("A base path is removed only at a segment boundary", arguments: [
        ("/api", "/api/users", "/users"),
        ("api/", "/api", "/"),
        ("/api", "/apiary/users", "/apiary/users"),
        ("/", "/users", "/users"),
    ])
    func basePath(basePath: String, path: String, expected: String) throws {
        var event = try Fixture.httpAPIv2.object()
        event["rawPath"] = path
        #expect(try self.request(json: try jsonText(event), format: .apiGatewayV2, basePath: basePath).path == expected)
    }

    @Test("Stage and base path are stripped together, stage first")
    func stageThenBasePath() throws {
        var event = try Fixture.httpAPIv1.object()
        event["path"] = "/prod/api/users"
        var context = try #require(event["requestContext"] as? [String: Any])
        context["stage"] = "prod"
        event["requestContext"] = context
        let request = try self.request(json: try jsonText(event), format: .apiGatewayV1, stripStage: true, basePath: "/api")
        #expect(request.path == "/users")
    }

    @Test("Base64 request bodies are decoded; invalid base64 is reported")
    func base64Body() throws {
        var event = try Fixture.functionURL.object()
        event["isBase64Encoded"] = true
        event["body"] = Data([0, 1, 2, 0xFF]).base64EncodedString()
        let request = try self.request(json: try jsonText(event), format: .apiGatewayV2)
        #expect(Array(request.body.readableBytesView) == [0, 1, 2, 0xFF])

        // Strict: stray, whitespace, missing padding and non-canonical last characters are all refused.
        for body in ["***", "AAEC/w= =", "AAEC /w==", "AAEC/w", "AAEC/w=", "YR==", "AAEC/w==\n"] {
            event["body"] = body
            #expect(throws: LambdaEventError.invalidBase64Body, "\(body.debugDescription)") {
                _ = try self.request(json: try jsonText(event), format: .apiGatewayV2)
            }
        }
    }

    @Test("The client's address comes from the event's sourceIp (API Gateway, function URLs); an ALB's is in X-Forwarded-For")
    func sourceAddress() throws {
        #expect(try request(.functionURL).sourceAddress == "123.123.123.123")
        #expect(try request(.restAPIv1).sourceAddress == "192.168.196.186")
        #expect(try request(.albSingleValue).sourceAddress == nil)
    }

    @Test("An invalid method is an event error")
    func invalidMethod() throws {
        var event = try Fixture.albSingleValue.object()
        event["httpMethod"] = "GE T"
        #expect(throws: LambdaEventError.invalidMethod("GE T")) {
            _ = try self.request(json: try jsonText(event), format: .applicationLoadBalancer)
        }
    }

    @Test("The request id becomes X-Request-Id only when the event has none")
    func requestIDHeader() throws {
        let request = try self.request(.httpAPIv2)
        #expect(request.hummingbirdRequest(requestID: "abc").headers[values: try #require(HTTPField.Name("X-Request-Id"))] == ["abc"])

        var event = try Fixture.httpAPIv2.object()
        event["headers"] = ["x-request-id": "from-client"]
        let withID = try self.request(json: try jsonText(event), format: .apiGatewayV2)
        #expect(withID.hummingbirdRequest(requestID: "abc").headers[values: try #require(HTTPField.Name("X-Request-Id"))] == ["from-client"])
    }
}

@Suite("X-Ray trace context")
struct XRayTraceContextTests {
    @Test("an X-Ray header becomes the W3C traceparent of the same trace")
    func converts() {
        #expect(XRayTraceContext.traceparent(from: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
                == "00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01")
        #expect(XRayTraceContext.traceparent(from: "Root=1-5759E988-BD862E3FE1BE46A994272793;Parent=53995C3F42CD8AD8;Sampled=0")
                == "00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-00")
        for malformed in ["", "Root=1-5759e988-bd862e3fe1be46a994272793", "Root=2-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8",
                          "Root=1-5759e988-bd862e3f;Parent=53995c3f42cd8ad8", "Root=1-5759e988-bd862e3fe1be46a99427279z;Parent=53995c3f42cd8ad8",
                          "Root=1-00000000-000000000000000000000000;Parent=53995c3f42cd8ad8"] {
            #expect(XRayTraceContext.traceparent(from: malformed) == nil, "\(malformed)")
        }
    }

    @Test("the request carries it, unless it has a traceparent of its own")
    func requestHeader() throws {
        let request = try RequestAdaptationTests().request(.httpAPIv2)
        let xray = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        let traced = request.hummingbirdRequest(requestID: "r", traceID: xray)
        #expect(traced.headers[try #require(HTTPField.Name("traceparent"))] == "00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01")
        var own = request
        own.headers[try #require(HTTPField.Name("traceparent"))] = "00-11111111111111111111111111111111-2222222222222222-01"
        #expect(own.hummingbirdRequest(requestID: "r", traceID: xray).headers[try #require(HTTPField.Name("traceparent"))] == "00-11111111111111111111111111111111-2222222222222222-01")
    }
}
