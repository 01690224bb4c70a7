import Foundation
import HTTPTypes
import NIOCore
import Testing

@testable import WarrantLambda

@Suite("Encoding replies")
struct ReplyEncodingTests {
    /// A response with two cookies, a repeated header and a JSON body.
    func cookieResponse() throws -> LambdaHTTPResponse {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers.append(HTTPField(name: .setCookie, value: "a=1; Path=/"))
        headers.append(HTTPField(name: .setCookie, value: "b=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT"))
        let vary = try #require(HTTPField.Name("Vary"))
        headers.append(HTTPField(name: vary, value: "Accept"))
        headers.append(HTTPField(name: vary, value: "Origin"))
        return LambdaHTTPResponse(status: .created, headers: headers, body: ByteBuffer(string: #"{"ok":true}"#))
    }

    func binaryResponse() -> LambdaHTTPResponse {
        var headers = HTTPFields()
        headers[.contentType] = "image/png"
        return LambdaHTTPResponse(status: .ok, headers: headers, body: ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]))
    }

    func event(_ fixture: Fixture) throws -> any LambdaHTTPEvent {
        try #require(LambdaEventFormat.detect(in: try fixture.buffer())).decodeEvent(try fixture.buffer())
    }

    @Test("2.0: Set-Cookie headers become cookies, other repeats are comma-joined")
    func v2Cookies() throws {
        let reply = try decodeReply(V2Reply.self, from: try self.event(.httpAPIv2).encodeReply(try self.cookieResponse()))
        #expect(reply.statusCode == 201)
        #expect(reply.cookies == ["a=1; Path=/", "b=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT"])
        #expect(header("set-cookie", in: reply.headers) == nil)
        #expect(header("vary", in: reply.headers) == "Accept, Origin")
        #expect(reply.body == #"{"ok":true}"#)
        #expect(reply.isBase64Encoded == false)
    }

    @Test("1.0: every header in multiValueHeaders, Set-Cookie only there")
    func v1Cookies() throws {
        let reply = try decodeReply(V1Reply.self, from: try self.event(.restAPIv1).encodeReply(try self.cookieResponse()))
        #expect(header("set-cookie", in: reply.multiValueHeaders) == ["a=1; Path=/", "b=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT"])
        #expect(header("set-cookie", in: reply.headers) == nil)
        #expect(header("vary", in: reply.multiValueHeaders) == ["Accept", "Origin"])
        #expect(header("content-type", in: reply.headers) == "application/json; charset=utf-8")
    }

    @Test("ALB multi-value: multiValueHeaders only, with a status description")
    func albMultiValue() throws {
        let reply = try decodeReply(ALBReply.self, from: try self.event(.albMultiValue).encodeReply(try self.cookieResponse()))
        #expect(reply.statusDescription == "201 Created")
        #expect(reply.headers == nil)
        #expect(header("set-cookie", in: reply.multiValueHeaders)?.count == 2)
    }

    @Test("ALB single-value: one Set-Cookie only, the last one")
    func albSingleValue() throws {
        let reply = try decodeReply(ALBReply.self, from: try self.event(.albSingleValue).encodeReply(try self.cookieResponse()))
        #expect(reply.statusDescription == "201 Created")
        #expect(reply.multiValueHeaders == nil)
        #expect(header("set-cookie", in: reply.headers) == "b=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT")
        #expect(header("vary", in: reply.headers) == "Accept, Origin")
    }

    @Test("Binary bodies are base64 in every format", arguments: [Fixture.httpAPIv2, .restAPIv1, .albSingleValue])
    func binaryBody(fixture: Fixture) throws {
        let reply = try decodeReply(V2Reply.self, from: try self.event(fixture).encodeReply(self.binaryResponse()))
        #expect(reply.isBase64Encoded == true)
        #expect(reply.body.flatMap { Data(base64Encoded: $0) } == Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]))
    }

    @Test("ALB status descriptions", arguments: [(200, "200 OK"), (404, "404 Not Found"), (599, "599 Unknown")])
    func statusDescription(code: Int, expected: String) {
        #expect(ALBTargetGroupEvent.statusDescription(HTTPResponse.Status(code: code)) == expected)
    }

    @Test("Text media types", arguments: [
        ("text/plain", true), ("text/html; charset=utf-8", true), ("application/json", true),
        ("Application/JSON; charset=UTF-8", true), ("application/problem+json", true), ("application/vnd.api+json", true),
        ("application/xml", true), ("application/atom+xml", true), ("application/javascript", true),
        ("application/x-www-form-urlencoded", true), ("application/yaml", true), (" text/csv ", true),
        ("application/octet-stream", false), ("image/png", false), ("application/pdf", false),
        ("multipart/form-data; boundary=x", false), ("", false),
    ])
    func textTypes(contentType: String, isText: Bool) {
        #expect(LambdaBodyEncoding.isText(contentType: contentType) == isText)
    }

    @Test("Text that is not UTF-8, and bodies without a content type, go as base64")
    func nonUTF8Text() {
        let latin1 = LambdaBodyEncoding.encode(ByteBuffer(bytes: [0x63, 0x61, 0x66, 0xE9]), contentType: "text/plain")
        #expect(latin1.isBase64Encoded)
        let untyped = LambdaBodyEncoding.encode(ByteBuffer(string: "hi"), contentType: nil)
        #expect(untyped == .init(body: "aGk=", isBase64Encoded: true))
        let empty = LambdaBodyEncoding.encode(ByteBuffer(), contentType: nil)
        #expect(empty == .init(body: "", isBase64Encoded: false))
    }

    @Test("Problem responses are RFC 9457 documents")
    func problem() throws {
        let response = ProblemResponse.internalServerError(allocator: ByteBufferAllocator())
        #expect(response.headers[.contentType] == "application/problem+json")
        let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        #expect(body?["type"] as? String == "about:blank")
        #expect(body?["title"] as? String == "Internal Server Error")
        #expect(body?["status"] as? Int == 500)
    }
}
