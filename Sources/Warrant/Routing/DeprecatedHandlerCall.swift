/// How generated code calls a deprecated handler without a deprecation warning in the user's build.
///
/// `@GET` and the other verbs emit, next to a deprecated handler, a type whose `call` forwards to it from
/// a deprecated context; the route registration calls it through this protocol, where no warning applies.
public protocol DeprecatedHandlerCall {
    /// The handler's arguments, its route group first.
    associatedtype Arguments
    /// The handler's result.
    associatedtype Output
    /// Calls the handler.
    static func call(_ arguments: Arguments) async throws -> Output
}

/// Calls a deprecated handler through its ``DeprecatedHandlerCall`` type.
public func callDeprecatedHandler<Call: DeprecatedHandlerCall>(_ call: Call.Type, _ arguments: Call.Arguments) async throws -> Call.Output {
    try await Call.call(arguments)
}
