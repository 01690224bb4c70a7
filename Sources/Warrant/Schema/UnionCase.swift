import WarrantJSON
import OpenAPIKit

/// One case of a ``SchemaUnion``: its tag, its doc comment, and how its members are documented and read.
public struct UnionCase<Union>: Sendable {
    /// The tag's value for this case (the case's name).
    public let tag: String
    let description: String?
    let payloadSchema: @Sendable (inout SchemaComponents) -> JSONSchema?
    let decodePayload: @Sendable (JSONValue, inout ValidationIssues) -> Union?

    /// A case carrying a `@Schema` struct, whose members sit beside the tag.
    public init<Payload: SchemaModel>(_ tag: String, description: String?, payload: Payload.Type, _ make: @escaping @Sendable (Payload) -> Union) {
        self.tag = tag
        self.description = description
        payloadSchema = { components in Payload.componentSchema(in: &components) }
        decodePayload = { json, issues in Payload.decode(json: json, issues: &issues).map(make) }
    }

    /// A case without a payload: only the tag.
    public init(_ tag: String, description: String?, value make: @escaping @Sendable () -> Union) {
        self.tag = tag
        self.description = description
        payloadSchema = { _ in nil }
        decodePayload = { _, _ in make() }
    }

    func decode(_ json: JSONValue, _ issues: inout ValidationIssues) -> Union? {
        decodePayload(json, &issues)
    }

    /// `Card` for the tag `card`, `BankTransfer` for `bankTransfer`: appended to the union's component name.
    var componentSuffix: String {
        guard let first = tag.first else { return tag }
        return first.uppercased() + tag.dropFirst()
    }

    /// The payload's object schema with the tag as its first, required member, restricted to this case's value.
    func objectSchema(tag member: String, union: String, in components: inout SchemaComponents) -> JSONSchema {
        let tagSchema = JSONSchema.string(allowedValues: [AnyCodable(tag)])
        var properties: OrderedDictionary<String, JSONSchema> = [member: tagSchema]
        var additional: Either<Bool, JSONSchema>?
        let payload = payloadSchema(&components)
        if let payload {
            guard case .object(_, let object) = payload.value else {
                components.reportInvalid("\(union).\(tag): a union case carries a @Schema struct")
                return .object(description: description, properties: properties)
            }
            if object.properties[member] != nil {
                components.reportInvalid("\(union).\(tag): the member '\(member)' is the union's tag; rename it or choose another tag with @Schema(tag:)")
            }
            for (key, schema) in object.properties where key != member { properties[key] = schema }
            additional = object.additionalProperties
        }
        return .object(description: description ?? payload?.description, properties: properties, additionalProperties: additional)
    }
}
