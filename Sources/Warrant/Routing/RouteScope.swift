/// What a ``RouteTable/group(_:tag:operationIDPrefix:deprecated:rateLimit:_:)`` applies to the routes added inside it.
struct RouteScope: Sendable {
    /// Prepended to every path (`/v1`); empty at the top level.
    var pathPrefix = ""
    /// The tag of groups that do not name their own.
    var tag: String?
    /// Prepended to every operationId (`v1` makes `todoCreate` into `v1TodoCreate`).
    var operationIDPrefix = ""
    /// Applied to every route inside that has none of its own.
    var deprecation: Deprecation?
    /// Applied to every route inside that has none of its own.
    var rateLimit: RateLimit?

    /// The scope inside a nested group.
    func nested(path: String, tag: String?, operationIDPrefix: String?, deprecation: Deprecation?, rateLimit: RateLimit?) -> RouteScope {
        var scope = self
        scope.pathPrefix += path
        if let tag { scope.tag = tag }
        if let operationIDPrefix { scope.operationIDPrefix = OperationID.join(scope.operationIDPrefix, operationIDPrefix) }
        if let deprecation { scope.deprecation = deprecation }
        if let rateLimit { scope.rateLimit = rateLimit }
        return scope
    }

    /// `endpoint` as registered inside this scope.
    func apply(to endpoint: Endpoint) -> Endpoint {
        var endpoint = endpoint
        if !pathPrefix.isEmpty {
            endpoint.path = endpoint.path == "/" ? pathPrefix : pathPrefix + endpoint.path
        }
        endpoint.operationID = OperationID.join(operationIDPrefix, endpoint.operationID)
        if endpoint.deprecation == nil { endpoint.deprecation = deprecation }
        if endpoint.rateLimit == nil { endpoint.rateLimit = rateLimit }
        return endpoint
    }
}

/// How operationIds are put together.
enum OperationID {
    /// `prefix` followed by `name` with its first letter capitalised (`v1` + `todoCreate` → `v1TodoCreate`).
    static func join(_ prefix: String, _ name: String) -> String {
        guard !prefix.isEmpty else { return name }
        guard let first = name.first else { return prefix }
        return prefix + first.uppercased() + name.dropFirst()
    }

    /// Letters, digits, `_`, `.` and `-`, not starting with a digit: what code generators turn into names.
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// An ASCII letter or digit, `_`, `.` or `-`: the characters of operationIds and rate-limit policy names.
    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_.-".unicodeScalars.contains(scalar))
    }
}
