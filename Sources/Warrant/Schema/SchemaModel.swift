/// A JSON object type declared in Swift: what `@Schema` makes of a struct.
///
/// It is documented as a named component, decoded with every violation reported, encoded straight into
/// the response, and can be a handler's body or result.
public protocol SchemaModel: NamedSchema, RequestBodyValue, ResponseRepresentable {
    /// An example of the whole object for the documentation; `nil` by default.
    static var schemaExample: Self? { get }

    /// The JSON key of the stored property `keyPath` names (its `CodingKeys` name when it has one): how a
    /// ``ValidationReport`` places an issue. `@Schema` writes it.
    static func jsonKey(for keyPath: PartialKeyPath<Self>) -> String?
}

extension SchemaModel {
    /// No example.
    public static var schemaExample: Self? { nil }

    /// No keys: a type `@Schema` did not write.
    public static func jsonKey(for keyPath: PartialKeyPath<Self>) -> String? { nil }
}
