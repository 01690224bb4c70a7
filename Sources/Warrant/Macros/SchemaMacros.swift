/// Makes a struct or an enum a documented, validated JSON type.
///
/// On a struct: the OpenAPI component schema (descriptions from the doc comments on the type and each
/// property; required unless optional or defaulted), a decoder that reports every invalid member with a
/// JSON Pointer, and an encoder. JSON keys follow a `CodingKeys` enum when one is declared.
/// On an enum with `String` or integer raw values: a closed set usable as a property or a parameter.
/// On an enum whose cases carry a `@Schema` struct (or nothing): a tagged union, `oneOf` with a
/// discriminator in the document (see ``SchemaUnion``).
///
/// ```swift
/// /// A task on a member's list.
/// @Schema
/// struct NewTodo {
///     /// What to do.
///     @Length(1...200) var title: String
///     /// Whether it is done already.
///     var done: Bool = false
/// }
/// ```
@attached(
    extension,
    conformances: SchemaDescribable, JSONDecodableValue, JSONEncodableValue, ConstrainedValue, SchemaValue,
    NamedSchema, RequestBodyValue, ResponseRepresentable, SchemaModel, ParameterValue, SchemaEnum, SchemaUnion,
    names: named(componentSchema), named(decode), named(init), named(encode),
    named(schemaCases), named(schemaCaseDescriptions), named(schemaDescription), named(jsonKey), named(_warrantMembers),
    named(unionTag), named(unionCases)
)
@attached(member, names: arbitrary)
public macro Schema() = #externalMacro(module: "WarrantMacros", type: "SchemaMacro")

/// `@Schema` for a tagged union whose tag member is not `type`: `@Schema(tag: "kind") enum Shape { case circle(Circle) }`
/// reads and writes `{"kind": "circle", …}` (see ``SchemaUnion``).
@attached(
    extension,
    conformances: SchemaDescribable, JSONDecodableValue, JSONEncodableValue, ConstrainedValue, SchemaValue,
    NamedSchema, RequestBodyValue, ResponseRepresentable, SchemaModel, ParameterValue, SchemaEnum, SchemaUnion,
    names: named(componentSchema), named(decode), named(init), named(encode),
    named(schemaCases), named(schemaCaseDescriptions), named(schemaDescription), named(jsonKey), named(_warrantMembers),
    named(unionTag), named(unionCases)
)
@attached(member, names: arbitrary)
public macro Schema(tag: String) = #externalMacro(module: "WarrantMacros", type: "SchemaMacro")

/// A string's length in Unicode code points (`@Length(1...200)`, `@Length(1...)`, `@Length(...200)`).
@attached(peer)
public macro Length<R>(_ bounds: R) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

/// A number's range (`@Range(1...100)`, `@Range(0...)`, `@Range(0.0..<1.0)`).
@attached(peer)
public macro Range<R>(_ bounds: R) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

/// A regular expression the string must contain a match of (anchor it with `^…$` to match the whole string).
@attached(peer)
public macro Pattern(_ expression: String) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

/// An array's element count (`@Items(1...10)`).
@attached(peer)
public macro Items<R>(_ bounds: R) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

/// The media types an ``UploadedFile`` property accepts (`@MediaTypes("image/png", "image/jpeg")`,
/// ranges such as `"image/*"` allowed): another type is a 422, and the spec lists them in the part's encoding.
@attached(peer)
public macro MediaTypes(_ types: String...) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

/// The largest ``UploadedFile`` a property accepts, in bytes (`@MaxBytes(2 << 20)`): a larger one is a 422.
@attached(peer)
public macro MaxBytes(_ limit: Int) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")

/// An example value of the property, shown in the documentation.
@attached(peer)
public macro Example<T>(_ value: T) = #externalMacro(module: "WarrantMacros", type: "MarkerMacro")
