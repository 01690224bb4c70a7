// The client is generated from openapi.json at build time (swift-openapi-generator's build plugin). This
// file is compiled against it, so `make test-clients` fails if the generated client stops exposing the
// conditional-request headers and answers the spec documents (docs/20-http-semantics.md).

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
