public import HTTPTypes

/// Registers every `@GET`/`@POST`/`@PUT`/`@PATCH`/`@DELETE` method of the type as a typed route.
///
/// Each handler's first parameter is its request, whose type is the route's access level
/// (`Request<Unauthenticated>`, `Request<Authorized<Admin>>`, …). Parameters named in the path template
/// are path parameters; `@Schema` structs are the JSON body; other value types are query items
/// (a default value makes them optional); `@Header` reads a header. The doc comment's first paragraph
/// is the operation's summary, the rest its description, `- Parameter x:` documents `x`, and
/// `throws(SomeError)` documents each case of a `@Problems` error enum.
///
/// Each operation's `operationId` is the group's name and the handler's — `todoCreate` for
/// `TodoRoutes.create` — so two groups may both have a `create`; a verb's `operationID:` replaces it.
///
/// - Parameters:
///   - tag: The OpenAPI tag of the group's operations; by default the enclosing
///     ``RouteTable/group(_:tag:operationIDPrefix:deprecated:rateLimit:_:)``'s tag, else the type's name without `Routes`.
///   - path: A path prefix for every handler of the type (`"/bookmarks"` makes `@GET("/{id}")` serve
///     `/bookmarks/{id}`, and `@GET("/")` serve `/bookmarks`).
@attached(extension, conformances: RouteGroup, names: named(register))
public macro Routes(tag: String? = nil, path: String? = nil) = #externalMacro(module: "WarrantMacros", type: "RoutesMacro")

/// A `GET` route at a path template such as `/todos/{id}`; it answers `HEAD` too.
///
/// - Parameters:
///   - path: The path template, after the group's `@Routes(path:)` prefix.
///   - operationID: Replaces the default operationId (the group's name and the handler's, `todoRead`).
///   - deprecated: Marks the operation deprecated, with the dates of its `Deprecation` and `Sunset` headers.
///   - rateLimit: How often a caller may call it (``RateLimit``): beyond, 429 with `Retry-After`.
///   - idempotency: Takes an `Idempotency-Key` (``Idempotency``): a retry gets the first answer, the handler
///     runs once.
///   - errors: Error types (`@Problems` enums) whose cases the operation documents, for handlers that throw
///     untyped errors; a handler's typed `throws(E)` documents `E` without it.
@attached(peer, names: prefixed(_WarrantDeprecated_))
public macro GET(_ path: String, operationID: String? = nil, deprecated: Deprecation? = nil, rateLimit: RateLimit? = nil, idempotency: Idempotency? = nil, errors: any DocumentedProblems.Type...) = #externalMacro(module: "WarrantMacros", type: "VerbMacro")

/// A `POST` route; the arguments are those of ``GET(_:operationID:deprecated:rateLimit:idempotency:errors:)``.
@attached(peer, names: prefixed(_WarrantDeprecated_))
public macro POST(_ path: String, operationID: String? = nil, deprecated: Deprecation? = nil, rateLimit: RateLimit? = nil, idempotency: Idempotency? = nil, errors: any DocumentedProblems.Type...) = #externalMacro(module: "WarrantMacros", type: "VerbMacro")

/// A `PUT` route; the arguments are those of ``GET(_:operationID:deprecated:rateLimit:idempotency:errors:)``.
@attached(peer, names: prefixed(_WarrantDeprecated_))
public macro PUT(_ path: String, operationID: String? = nil, deprecated: Deprecation? = nil, rateLimit: RateLimit? = nil, idempotency: Idempotency? = nil, errors: any DocumentedProblems.Type...) = #externalMacro(module: "WarrantMacros", type: "VerbMacro")

/// A `PATCH` route; the arguments are those of ``GET(_:operationID:deprecated:rateLimit:idempotency:errors:)``.
@attached(peer, names: prefixed(_WarrantDeprecated_))
public macro PATCH(_ path: String, operationID: String? = nil, deprecated: Deprecation? = nil, rateLimit: RateLimit? = nil, idempotency: Idempotency? = nil, errors: any DocumentedProblems.Type...) = #externalMacro(module: "WarrantMacros", type: "VerbMacro")

/// A `DELETE` route; the arguments are those of ``GET(_:operationID:deprecated:rateLimit:idempotency:errors:)``.
@attached(peer, names: prefixed(_WarrantDeprecated_))
public macro DELETE(_ path: String, operationID: String? = nil, deprecated: Deprecation? = nil, rateLimit: RateLimit? = nil, idempotency: Idempotency? = nil, errors: any DocumentedProblems.Type...) = #externalMacro(module: "WarrantMacros", type: "VerbMacro")

/// Makes an error enum a set of documented problems: each case needs `@Status(…)`; its doc comment's
/// first paragraph is the problem's title and the rest its detail.
@attached(extension, conformances: DocumentedProblems, names: named(documentedProblems), named(problemCase))
public macro Problems() = #externalMacro(module: "WarrantMacros", type: "ProblemsMacro")

/// The HTTP status of a `@Problems` case: `@Status(404)` or `@Status(.notFound)`.
@attached(peer)
public macro Status(_ status: HTTPResponse.Status) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

