/// A JSON object type declared in Swift: what `@Schema` makes of a struct.
///
/// It is documented as a named component, decoded with every violation reported, encoded straight into
/// the response, and can be a handler's body or result.
public protocol SchemaModel: NamedSchema, RequestBodyValue, ResponseRepresentable {
    /// An example of the whole object for the documentation; `nil` by default.
    static var schemaExample: Self? { get }
}

extension SchemaModel {
    /// No example.
    public static var schemaExample: Self? { nil }
}
