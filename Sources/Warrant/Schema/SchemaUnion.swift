public import WarrantJSON
public import OpenAPIKit

/// One of several shapes, told apart by a tag member: what `@Schema` makes of an enum whose cases carry a
/// `@Schema` struct (or nothing).
///
/// ```swift
/// @Schema
/// enum Payment {
///     case card(CardPayment)      // {"type": "card", …CardPayment's members}
///     case transfer(BankTransfer) // {"type": "transfer", …}
///     case cash                   // {"type": "cash"}
/// }
/// ```
///
/// The JSON is one object: the tag (`type` unless `@Schema(tag:)` names another) and the case's struct's
/// members beside it. The document has a `oneOf` of one component per case, with a `discriminator` whose
/// `mapping` names each; decoding reads the tag first, so an unknown one is a single `enum` issue that lists
/// the tags allowed, and the members are checked against that case's struct only.
public protocol SchemaUnion: NamedSchema, RequestBodyValue, ResponseRepresentable {
    /// The member that names the case (`type` by default).
    static var unionTag: String { get }
    /// The cases, in declaration order (written by `@Schema`).
    static var unionCases: [UnionCase<Self>] { get }
    /// The enum's doc comment.
    static var schemaDescription: String? { get }
}

extension SchemaUnion {
    /// The component: `oneOf` the cases' components, with the discriminator and its mapping.
    public static func componentSchema(in components: inout SchemaComponents) -> JSONSchema {
        var references: [JSONSchema] = []
        var mapping: OrderedDictionary<String, String> = [:]
        for unionCase in unionCases {
            let name = schemaName + unionCase.componentSuffix
            let schema = unionCase.objectSchema(tag: unionTag, union: schemaName, in: &components)
            if let existing = components.schemas[name], existing != schema {
                components.reportInvalid("\(schemaName).\(unionCase.tag): its component name \(name) is taken by another type; rename one of them")
            }
            references.append(components.register(name, schema))
            mapping[unionCase.tag] = "#/components/schemas/\(name)"
        }
        return .one(
            of: references,
            core: .init(description: schemaDescription, discriminator: OpenAPI.Discriminator(propertyName: unionTag, mapping: mapping))
        )
    }

    /// Reads the tag, then the members of the case it names; an unknown or missing tag is one issue at the tag.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Self? {
        guard case .object(let object) = json else {
            issues.record("type", "must be an object, not \(json.article)")
            return nil
        }
        var tagIssues = ValidationIssues()
        guard let tagValue = object[unionTag], tagValue != .null else {
            tagIssues.record("missing", "is required: one of \(allowedTags)")
            issues.absorb(tagIssues, under: unionTag)
            return nil
        }
        guard case .string(let tag) = tagValue, let unionCase = unionCases.first(where: { $0.tag == tag }) else {
            tagIssues.record("enum", "must be one of \(allowedTags)")
            issues.absorb(tagIssues, under: unionTag)
            return nil
        }
        return unionCase.decode(json, &issues)
    }

    /// "card, transfer, cash".
    static var allowedTags: String { unionCases.map(\.tag).joined(separator: ", ") }
}

/// Writing a union's JSON: the tag first, then the case's members, in one object.
public enum UnionEncoding {
    /// `{"tag": "name", …payload's members}`.
    public static func write(tag: String, _ name: String, _ payload: some SchemaModel, to writer: inout JSONWriter) {
        var members = JSONWriter()
        payload.encode(to: &members)
        writer.beginObject()
        writer.key(tag)
        writer.string(name)
        // The payload's encoder writes a whole object: its members are spliced in after the tag.
        let encoded = members.buffer.readableBytesView
        if encoded.count > 2 {
            writer.buffer.writeInteger(UInt8(ascii: ","))
            writer.buffer.writeBytes(encoded.dropFirst().dropLast())
        }
        writer.endObject()
    }

    /// `{"tag": "name"}`: a case without a payload.
    public static func write(tag: String, _ name: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(tag)
        writer.string(name)
        writer.endObject()
    }
}
