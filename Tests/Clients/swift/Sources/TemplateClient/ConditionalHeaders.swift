// The client is generated from openapi.json at build time (swift-openapi-generator's build plugin). This
// file is compiled against it, so `make test-clients` fails if the generated client stops exposing the
// conditional-request, idempotency and rate-limit headers and answers the spec documents
// (docs/20-http-semantics.md).

/// A read sent with the tag the client holds, and the tag of the 304 that says it is current.
func cachedRead(id: Int64, etag: String) -> (Operations.TodoRead.Input, Operations.TodoRead.Output) {
    let input = Operations.TodoRead.Input(path: .init(id: id), headers: .init(ifNoneMatch: etag))
    return (input, .notModified(.init(headers: .init(eTag: etag))))
}

/// A change sent with `If-Match`, and the ETag its answer carries.
func guardedUpdate(id: Int64, etag: String) -> (Operations.TodoUpdate.Input, KeyPath<Operations.TodoUpdate.Output.Ok.Headers, String?>) {
    let input = Operations.TodoUpdate.Input(path: .init(id: id), headers: .init(ifMatch: etag), body: .json(.init()))
    return (input, \.eTag)
}

/// Whether an answer is the 412 of a stale `If-Match`.
func isStale(_ output: Operations.TodoDelete.Output) -> Bool {
    if case .preconditionFailed = output { return true }
    return false
}

/// A create sent with an `Idempotency-Key`, and whether its answer is a replay.
func idempotentCreate(key: String) -> (Operations.TodoCreate.Input, KeyPath<Operations.TodoCreate.Output.Created.Headers, String?>) {
    let input = Operations.TodoCreate.Input(headers: .init(idempotencyKey: key), body: .json(.init(title: "Pay rent")))
    return (input, \.idempotentReplayed)
}

/// Whether an answer is the 409 of a retry while the first request still runs.
func isStillRunning(_ output: Operations.TodoCreate.Output) -> Bool {
    if case .conflict = output { return true }
    return false
}

/// The seconds a refused sign-in says to wait, and the rate-limit fields of an accepted one.
func signInLimits(_ output: Operations.AuthToken.Output) -> (retryAfter: String?, remaining: String?) {
    switch output {
    case .tooManyRequests(let refused): return (refused.headers.retryAfter, refused.headers.rateLimit)
    case .ok(let accepted): return (nil, accepted.headers.rateLimit)
    default: return (nil, nil)
    }
}
