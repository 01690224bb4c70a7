import NIOCore
import Testing

@testable import WarrantLambda

@Suite("Event format detection")
struct EventDetectionTests {
    @Test(
        "Each AWS sample event is recognised",
        arguments: [
            (Fixture.httpAPIv2, LambdaEventFormat.apiGatewayV2),
            (.httpAPIv2NamedStage, .apiGatewayV2),
            (.functionURL, .apiGatewayV2),
            (.httpAPIv1, .apiGatewayV1),
            (.restAPIv1, .apiGatewayV1),
            (.albSingleValue, .applicationLoadBalancer),
            (.albMultiValue, .applicationLoadBalancer),
        ]
    )
    func detectsFixture(fixture: Fixture, expected: LambdaEventFormat) throws {
        #expect(LambdaEventFormat.detect(in: try fixture.buffer()) == expected)
    }

    @Test("Events of no HTTP shape are not recognised", arguments: [#"{"Records": []}"#, "[]", "not json", #"{"requestContext": {}}"#, ""])
    func rejectsUnknownShapes(event: String) {
        #expect(LambdaEventFormat.detect(in: ByteBuffer(string: event)) == nil)
    }

    @Test("Decoding as the wrong format names the missing field")
    func wrongFormatIsMalformed() throws {
        #expect(throws: LambdaEventError.self) {
            _ = try LambdaEventFormat.apiGatewayV2.decodeEvent(try Fixture.restAPIv1.buffer())
        }
        let error = #expect(throws: LambdaEventError.self) {
            _ = try LambdaEventFormat.apiGatewayV1.decodeEvent(try Fixture.httpAPIv2.buffer())
        }
        #expect(error?.description.contains("httpMethod") == true)
    }
}
