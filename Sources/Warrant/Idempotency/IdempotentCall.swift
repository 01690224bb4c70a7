import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WarrantCrypto

/// One request through an idempotent route: claim its key, then run the handler, replay, or refuse.
enum IdempotentCall {
    /// The answer to `request` on a route declaring `idempotency`; `handler` runs the route's handler.
    static func respond(
        _ idempotency: Idempotency,
        store: any IdempotencyStore,
        now: Date,
        identity: Identity?,
        request: HummingbirdCore.Request,
        body: ByteBuffer?,
        handler: () async throws -> RouteResponse
    ) async throws -> RouteResponse {
        guard let field = request.headers[.idempotencyKey] else {
            guard idempotency.required else { return try await handler() }
            throw issue("missing", "the header is required: send a new key (such as a UUID) per operation, the same on its retries")
        }
        guard let key = IdempotencyKey(field: field) else {
            throw issue("type", "must be 1 to 255 visible ASCII characters (other than '\"' and '\\'), such as a UUID")
        }
        let scope = identity?.callerKey ?? ""
        let claimed = IdempotentRequest(
            key: IdempotencyRequestKey(scope: scope, key: key.value),
            fingerprint: fingerprint(of: request, body: body), now: now, retention: idempotency.retention)
        switch try await store.claim(claimed) {
        case .replay(let recorded):
            return recorded.replayed
        case .mismatch:
            throw Problem(status: .unprocessableContent, detail: "This 'Idempotency-Key' was used for a different request: use a new key for a new operation.")
        case .inProgress:
            throw Problem(status: .conflict, detail: "A request with this 'Idempotency-Key' is still running: retry after it finishes to get its answer.")
        case .run(let reservation):
            let response: RouteResponse
            do {
                response = try await reservation.run(handler)
            } catch {
                await reservation.release()
                throw error
            }
            // A failure keeps nothing (a retry runs again); a streamed success keeps its work, not its answer.
            guard (200..<300).contains(response.status.code) else {
                await reservation.release()
                return response
            }
            try await reservation.complete(recording: RecordedResponse(response))
            return response
        }
    }

    /// What makes a retry the same request: method, path and query, content type and body.
    static func fingerprint(of request: HummingbirdCore.Request, body: ByteBuffer?) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.append(contentsOf: request.method.rawValue.utf8)
        bytes.append(0)
        bytes.append(contentsOf: request.uri.description.utf8)
        bytes.append(0)
        bytes.append(contentsOf: (request.headers[.contentType] ?? "").utf8)
        bytes.append(0)
        if let body { bytes.append(contentsOf: body.readableBytesView) }
        return Digest.blake2b256(bytes)
    }

    /// A 422 naming the `Idempotency-Key` header.
    private static func issue(_ code: String, _ detail: String) -> Problem {
        var issues = ValidationIssues()
        issues.record(code, detail, inHeader: "Idempotency-Key")
        return issues.failure
    }
}
