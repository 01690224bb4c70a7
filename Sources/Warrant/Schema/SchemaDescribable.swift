public import OpenAPIKit

/// The OpenAPI 3.1 / JSON Schema 2020-12 schema model (OpenAPIKit's), as Warrant's generated code names it.
public typealias JSONSchema = OpenAPIKit.JSONSchema

/// A type that can describe itself as a JSON Schema.
public protocol SchemaDescribable {
    /// The schema of this type, registering any named components it refers to.
    static func schema(in components: inout SchemaComponents) -> JSONSchema
}

/// A type that is documented, decoded and encoded as JSON: what a `@Schema` type's properties may be.
///
/// The standard scalars (`String`, `Bool`, the integers, `Double`, `Float`, `Date`, `UUID`), `Decimal`,
/// ``CalendarDate``, `URL`, ``EmailAddress``, `Data`, ``Patch``, arrays,
/// string-keyed dictionaries and every `@Schema` type conform.
public protocol SchemaValue: SchemaDescribable, JSONDecodableValue, JSONEncodableValue, ConstrainedValue, Sendable {}
