/// Marks a handler parameter as a query item, optionally with constraints:
/// `@Query(1...100) limit: Int = 20`, `@Query(length: 1...50) search: String?`.
///
/// Unmarked value-type parameters are query items already; the marker is for constraints or clarity.
@propertyWrapper
public struct Query<Value> {
    /// The parameter's value.
    public var wrappedValue: Value

    /// A query item without constraints.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    /// A query item whose number lies in `bounds`.
    public init<R: RangeExpression>(wrappedValue: Value, _ bounds: R) { self.wrappedValue = wrappedValue }
    /// A query item with length, pattern or item-count constraints.
    public init(wrappedValue: Value, length: (any RangeExpression<Int>)? = nil, pattern: String? = nil, items: (any RangeExpression<Int>)? = nil) {
        self.wrappedValue = wrappedValue
    }
}

/// Marks a handler parameter as a path segment with constraints: `@Path(1...) id: Int64`.
///
/// A parameter named like a `{segment}` of the path is a path parameter without the marker.
@propertyWrapper
public struct Path<Value> {
    /// The parameter's value.
    public var wrappedValue: Value

    /// A path segment without constraints.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    /// A path segment whose number lies in `bounds`.
    public init<R: RangeExpression>(wrappedValue: Value, _ bounds: R) { self.wrappedValue = wrappedValue }
    /// A path segment with length or pattern constraints.
    public init(wrappedValue: Value, length: (any RangeExpression<Int>)? = nil, pattern: String? = nil) {
        self.wrappedValue = wrappedValue
    }
}

/// Marks a handler parameter as a request header: `@Header("If-Match") etag: String?`.
///
/// Without a name, the parameter's name is used with words capitalised and dashed (`requestTag` → `Request-Tag`).
@propertyWrapper
public struct Header<Value> {
    /// The parameter's value.
    public var wrappedValue: Value

    /// A header named after the parameter.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    /// A header with an explicit name, and optional length or pattern constraints.
    public init(wrappedValue: Value, _ name: String, length: (any RangeExpression<Int>)? = nil, pattern: String? = nil) {
        self.wrappedValue = wrappedValue
    }
}

/// Marks a handler parameter as a cookie of the request's `Cookie` header: `@Cookie theme: String?`, or
/// `@Cookie("__Host-session") session: String` when the cookie's name is not a Swift name.
///
/// Documented as an `in: cookie` parameter and validated like a query item; a missing required cookie, or
/// one whose value does not parse, is a 422 naming it.
@propertyWrapper
public struct Cookie<Value> {
    /// The parameter's value.
    public var wrappedValue: Value

    /// A cookie named as the parameter.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    /// A cookie named as the parameter, whose number lies in `bounds`.
    public init<R: RangeExpression>(wrappedValue: Value, _ bounds: R) { self.wrappedValue = wrappedValue }
    /// A cookie with an explicit name, whose number lies in `bounds`.
    public init<R: RangeExpression>(wrappedValue: Value, _ name: String, _ bounds: R) { self.wrappedValue = wrappedValue }
    /// A cookie with an explicit name, and optional length or pattern constraints.
    public init(wrappedValue: Value, _ name: String, length: (any RangeExpression<Int>)? = nil, pattern: String? = nil) {
        self.wrappedValue = wrappedValue
    }
}

/// Marks a handler parameter as the JSON body (a `@Schema` struct is the body without the marker).
///
/// `@Body(form: true)` also accepts an HTML form (`application/x-www-form-urlencoded`), whose fields
/// decode as strings — what OAuth2's password grant sends. `@Body(multipart: true)` reads a
/// `multipart/form-data` body (files as ``UploadedFile`` properties); `@Body(mediaTypes: ["image/png"])`
/// on an ``UploadedFile`` parameter names the raw body's accepted types.
@propertyWrapper
public struct Body<Value> {
    /// The parameter's value.
    public var wrappedValue: Value

    /// The JSON body.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    /// The JSON body, or with `form: true` an HTML form too.
    public init(wrappedValue: Value, form: Bool) { self.wrappedValue = wrappedValue }
    /// With `multipart: true`, a `multipart/form-data` body.
    public init(wrappedValue: Value, multipart: Bool) { self.wrappedValue = wrappedValue }
    /// A raw body (an ``UploadedFile``) sent with one of `mediaTypes`.
    public init(wrappedValue: Value, mediaTypes: [String]) { self.wrappedValue = wrappedValue }
}
