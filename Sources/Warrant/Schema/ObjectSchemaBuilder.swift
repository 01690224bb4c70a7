public import OpenAPIKit

/// Assembles an object schema property by property; the code `@Schema` writes uses it.
public struct ObjectSchemaBuilder {
    private let description: String?
    private var properties: OrderedDictionary<String, JSONSchema> = [:]

    /// Starts an object schema with the type's doc comment as its description.
    public init(description: String?) {
        self.description = description
    }

    /// Adds a property; `nullable` when the decoder accepts `null` for it (an optional member), so the
    /// document allows exactly what the decoder does.
    public mutating func property<T: SchemaValue>(
        _ key: String,
        _ type: T.Type,
        required: Bool,
        nullable: Bool = false,
        description: String?,
        deprecated: Bool,
        constraints: [Constraint],
        example: T?,
        in components: inout SchemaComponents
    ) {
        var schema = T.schema(in: &components)
        components.validate(constraints, on: schema, for: "property '\(key)'")
        for constraint in constraints { schema = constraint.applied(to: schema) }
        if let description { schema = schema.with(description: description) }
        if let example, !schema.isReference, let value = JSONExample.anyCodable(example) {
            schema = (try? schema.with(example: value)) ?? schema
        }
        if nullable { schema = Self.allowingNull(schema) }
        properties[key] = required ? schema.requiredSchemaObject() : schema.optionalSchemaObject()
    }

    /// `schema` or `null`: a type list with `null` where the schema has one type, else `anyOf` with `null`
    /// (a `$ref`, an `enum` whose list would otherwise refuse `null`, or an `allOf`).
    static func allowingNull(_ schema: JSONSchema) -> JSONSchema {
        if case .all = schema.value {
            return .any(of: [schema, .null()], core: .init(description: schema.description))
        }
        if schema.isReference || schema.allowedValues != nil {
            return .any(of: [schema, .null()], core: .init(description: schema.description))
        }
        return schema.nullableSchemaObject()
    }

    /// The finished object schema, with an example of the whole type when one is given.
    public func build<Model: JSONEncodableValue>(example: Model?) -> JSONSchema {
        let schema = JSONSchema.object(description: description, properties: properties)
        guard let example, let value = JSONExample.anyCodable(example) else { return schema }
        return (try? schema.with(example: value)) ?? schema
    }
}
