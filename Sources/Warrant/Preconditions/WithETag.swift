import HTTPTypes

/// A handler's answer with its version's entity tag: `WithETag(todo, etag: EntityTag(revision: row.revision))`.
///
/// The answer is `body`'s with an `ETag` field. Given the request's ``IfNoneMatch`` (`unless:`), a client
/// that already holds this version gets `304 Not Modified` instead: the tag, no body.
public struct WithETag<Body: ResponseRepresentable>: ResponseRepresentable {
    /// The answer the tag rides on.
    public var body: Body
    /// The version's tag.
    public var etag: EntityTag
    /// Whether the client already has this version, so the answer is 304.
    public var notModified: Bool

    /// `body` tagged `etag`; 304 when `ifNoneMatch` names that tag.
    public init(_ body: Body, etag: EntityTag, unless ifNoneMatch: IfNoneMatch? = nil) {
        self.body = body
        self.etag = etag
        self.notModified = ifNoneMatch?.matches(etag) ?? false
    }

    /// `Body`'s responses, each with `ETag` documented (the 304 is the ``IfNoneMatch`` parameter's).
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        Body.documentedResponses(in: &components).addingHeader(
            "ETag", "The version's entity tag: send it as `If-Match` to change this version only, or as `If-None-Match` to be told it is unchanged.")
    }

    /// `body`'s response with `ETag`, or 304 with only the tag.
    public func makeResponse() -> RouteResponse {
        guard !notModified else { return RouteResponse(status: .notModified, headers: [.eTag: etag.description]) }
        var response = body.makeResponse()
        response.headers[.eTag] = etag.description
        return response
    }

    /// A 304 succeeds (nothing to roll back); otherwise as `body`.
    public var isSuccessful: Bool { notModified || body.isSuccessful }
}
