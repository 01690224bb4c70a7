/// Marks a handler parameter as a dependency: built per request by the provider the API registered for its
/// type (``RouteTable/provide(_:)``), cleaned up when the handler is done.
///
/// ```swift
/// @POST("/transfers")
/// func transfer(_ request: Request<Authorized<Member>>, @Body order: Transfer, @Depends tx: PostgresTransaction) async throws -> Created<Receipt>
/// ```
@propertyWrapper
public struct Depends<Value> {
    /// The dependency's value.
    public var wrappedValue: Value

    /// A dependency parameter.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
}
