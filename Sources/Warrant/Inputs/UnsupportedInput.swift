/// What a handler parameter of a type Warrant cannot read gets described by, so that the one unavailable
/// factory call is the build's only error: the rest of the expansion stays well-typed.
///
/// Only the unavailable factories below make one, so it never exists in a program that builds.
public struct UnsupportedInput<Value>: RouteInputDescriptor {
    @usableFromInline
    init() {}

    /// Never runs: see the type's documentation.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value? { nil }

    /// Never runs: see the type's documentation.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {}
}

extension Inputs {
    /// A parameter whose type is neither a value a path or query can carry nor a `@Schema` body.
    @available(
        *, unavailable,
        message: "a handler parameter is a path or query value (String, an integer, Double, Bool, UUID, Date, a @Schema enum, or an array of them in a query), a @Schema body, or a @Depends value: mark the type @Schema to read it as the JSON body"
    )
    public static func inferred<T>(_ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]) -> UnsupportedInput<T> {
        UnsupportedInput()
    }

    /// An optional parameter whose type is neither a query value nor a `@Schema` body.
    @available(
        *, unavailable,
        message: "a handler parameter is a path or query value (String, an integer, Double, Bool, UUID, Date, a @Schema enum, or an array of them in a query), a @Schema body, or a @Depends value: mark the type @Schema to read it as the JSON body"
    )
    public static func optionalInferred<T>(_ type: T.Type, _ name: String, description: String?, constraints: [Constraint]) -> UnsupportedInput<T?> {
        UnsupportedInput()
    }

    /// A `@Query` or `@Header` parameter whose type a query item or header cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func query<T>(_ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]) -> UnsupportedInput<T> {
        UnsupportedInput()
    }

    /// An optional `@Query` parameter whose type a query item cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func optionalQuery<T>(_ type: T.Type, _ name: String, description: String?, constraints: [Constraint]) -> UnsupportedInput<T?> {
        UnsupportedInput()
    }

    /// A `@Header` parameter whose type a header cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func header<T>(_ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]) -> UnsupportedInput<T> {
        UnsupportedInput()
    }

    /// An optional `@Header` parameter whose type a header cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func optionalHeader<T>(_ type: T.Type, _ name: String, description: String?, constraints: [Constraint]) -> UnsupportedInput<T?> {
        UnsupportedInput()
    }

    /// A `@Cookie` parameter whose type a cookie cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func cookie<T>(_ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]) -> UnsupportedInput<T> {
        UnsupportedInput()
    }

    /// An optional `@Cookie` parameter whose type a cookie cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func optionalCookie<T>(_ type: T.Type, _ name: String, description: String?, constraints: [Constraint]) -> UnsupportedInput<T?> {
        UnsupportedInput()
    }

    /// A path parameter whose type a path segment cannot carry.
    @available(
        *, unavailable,
        message: "a @Query, @Header, @Cookie or path parameter is String, an integer, Double, Bool, UUID, Date or a @Schema enum (or an array of them in a query): use one of those, or take a @Schema body"
    )
    public static func path<T>(_ type: T.Type, _ name: String, description: String?, constraints: [Constraint]) -> UnsupportedInput<T> {
        UnsupportedInput()
    }

    /// A `@Body` whose type is not a `@Schema` type.
    @available(*, unavailable, message: "a request body is a @Schema type or an array of them: mark the type @Schema")
    public static func body<T>(_ type: T.Type, description: String?, form: Bool = false) -> UnsupportedInput<T> {
        UnsupportedInput()
    }

    /// An optional `@Body` whose type is not a `@Schema` type.
    @available(*, unavailable, message: "a request body is a @Schema type or an array of them: mark the type @Schema")
    public static func optionalBody<T>(_ type: T.Type, description: String?) -> UnsupportedInput<T?> {
        UnsupportedInput()
    }
}
