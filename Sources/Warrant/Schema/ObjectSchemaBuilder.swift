public import OpenAPIKit

/// Assembles an object schema property by property; the code `@Schema` writes uses it.
public struct ObjectSchemaBuilder {
    private let description: String?
    private var properties: OrderedDictionary<String, JSONSchema> = [:]

    /// Starts an object schema with the type's doc comment as its description.
    public init(description: String?) {
        self.description = description
    }

    /// Adds a property.
    public mutating func property<T: SchemaValue>(
        _ key: String,
        _ type: T.Type,
        required: Bool,
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
        properties[key] = required ? schema.requiredSchemaObject() : schema.optionalSchemaObject()
    }

    /// The finished object schema, with an example of the whole type when one is given.
    public func build<Model: JSONEncodableValue>(example: Model?) -> JSONSchema {
        let schema = JSONSchema.object(description: description, properties: properties)
        guard let example, let value = JSONExample.anyCodable(example) else { return schema }
        return (try? schema.with(example: value)) ?? schema
    }
}
