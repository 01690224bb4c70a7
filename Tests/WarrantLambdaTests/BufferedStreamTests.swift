import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Testing

@testable import WarrantLambda

/// A streamed response in Lambda is gathered into the one buffered reply: a finite stream becomes the
/// reply's body; one larger than the reply quota, or not ending before the deadline, is answered with a
/// problem instead of the function timing out.
@Suite("Streamed responses in Lambda")
struct BufferedStreamTests {
    /// Runs one Function URL invocation (`POST /my/path`) against `router`, with `remaining` time left.
    private func invoke(_ router: Router<BasicRequestContext>, remaining: Duration = .seconds(30)) async throws -> [String: Any] {
        let handler = InvocationHandler(
            responder: router.buildResponder(), eventFormat: nil,
            options: LambdaEventOptions(stripStagePrefix: false, basePath: nil), logger: RuntimeHarness.quietLogger
        )
        let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        let deadline = now + Int64(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
        let invocation = LambdaInvocation(requestID: "r-1", deadlineMilliseconds: deadline, invokedFunctionARN: "arn:aws:lambda:eu-west-1:1:function:f")
        guard case .response(let reply) = await handler.handle(event: try Fixture.functionURL.buffer(), invocation: invocation) else {
            Issue.record("the invocation failed instead of replying")
            return [:]
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(reply.readableBytesView)) as? [String: Any])
    }

    @Test("a finite stream is collected into the reply's body")
    func finiteStream() async throws {
        let router = Router()
        router.post("/my/path") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody(asyncSequence: AsyncStream { continuation in
                for number in 1...3 { continuation.yield(ByteBuffer(string: "{\"n\":\(number)}\n")) }
                continuation.finish()
            }))
        }
        let reply = try await invoke(router)
        #expect(reply["statusCode"] as? Int == 200)
        #expect(reply["body"] as? String == "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n")
    }

    @Test("a stream larger than the 6 MB reply quota gets a problem, and its producer is stopped")
    func oversizedStream() async throws {
        let produced = Tally()
        let router = Router()
        router.post("/my/path") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/octet-stream"], body: ResponseBody(asyncSequence: AsyncStream(unfolding: {
                produced.add()
                return ByteBuffer(repeating: 7, count: 64 * 1024)
            })))
        }
        let reply = try await invoke(router)
        #expect(reply["statusCode"] as? Int == 500)
        let body = try #require(reply["body"] as? String)
        #expect(body.contains("6 MB"), "\(body)")
        let headers = try #require(reply["headers"] as? [String: String])
        #expect(headers.first { $0.key.lowercased() == "content-type" }?.value == "application/problem+json")
        // 6 MiB in 64 KiB chunks: the collector stopped at the limit rather than reading on.
        #expect(produced.count <= 97)
    }

    @Test("a stream that does not end before the deadline gets a problem well before the function times out")
    func endlessStream() async throws {
        let terminated = Tally()
        let router = Router()
        router.post("/my/path") { _, _ in
            let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
            continuation.onTermination = { _ in terminated.add() }
            continuation.yield(ByteBuffer(string: "data: 1\n\n"))
            return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: ResponseBody(asyncSequence: stream))
        }
        let started = ContinuousClock.now
        let reply = try await invoke(router, remaining: .milliseconds(1500))
        // Without the bound this would never return (the stream is endless); the slack is for a loaded machine.
        #expect(ContinuousClock.now - started < .seconds(15), "answered at the deadline less the margin")
        #expect(reply["statusCode"] as? Int == 500)
        #expect((reply["body"] as? String)?.contains("deadline") == true)
        #expect(terminated.count == 1, "the stream's source was cancelled")
    }
}

/// A count shared with a route's producer.
final class Tally: Sendable {
    private let value = Mutex(0)

    func add() { value.withLock { $0 += 1 } }

    var count: Int { value.withLock { $0 } }
}
