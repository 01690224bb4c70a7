import OpenAPIKit
import NIOCore
import WarrantJSON

/// How a form field's text becomes the JSON value its property decodes: read once per route from the
/// body type's schema, so a form is decoded with the same rules and messages as a JSON body.
indirect enum MultipartFieldKind: Sendable, Equatable {
    /// A string (or a string enum): the text as is.
    case text
    /// An integer or a number: the text as a JSON number when it is one.
    case number
    /// A boolean: `true`/`false` (and `on`/`off`, `1`/`0`, `yes`/`no`, as HTML forms send them).
    case boolean
    /// An object or union: the text is JSON, as OpenAPI's default `application/json` part encoding says.
    case json
    /// A file.
    case file
    /// A repeated field or file.
    case array(MultipartFieldKind)

    /// The kind of each property of the object `schema` (a reference to a component is resolved).
    static func properties(of schema: JSONSchema, in components: SchemaComponents) -> [String: MultipartFieldKind] {
        guard case .object(_, let object) = resolved(schema, components).value else { return [:] }
        return object.properties.reduce(into: [:]) { kinds, property in
            kinds[property.key] = kind(of: property.value, components)
        }
    }

    private static func kind(of schema: JSONSchema, _ components: SchemaComponents) -> MultipartFieldKind {
        switch resolved(schema, components).value {
        case .string(let core, _): core.format == UploadDocumentation.binaryFormat ? .file : .text
        case .integer, .number: .number
        case .boolean: .boolean
        case .array(_, let array): .array(array.items.map { kind(of: $0, components) } ?? .text)
        case .all(let schemas, _): schemas.first.map { kind(of: $0, components) } ?? .text
        case .any(let schemas, _) where schemas.count == 2 && schemas.contains(where: \.isNull):
            // An optional property: `anyOf: [T, null]`.
            schemas.first { !$0.isNull }.map { kind(of: $0, components) } ?? .text
        default: .json
        }
    }

    private static func resolved(_ schema: JSONSchema, _ components: SchemaComponents) -> JSONSchema {
        guard case .reference(let reference, _) = schema.value, let name = reference.name, let target = components.schemas[name] else {
            return schema
        }
        return target
    }

    /// The JSON value of one field's text; `nil` for an empty field of a non-text kind (an HTML form's
    /// empty input: the property is absent).
    func value(of text: String, limits: JSONLimits) -> JSONValue? {
        switch self {
        case .text, .file: return .string(text)
        case .number:
            guard !text.isEmpty else { return nil }
            if case .number(let number)? = try? JSONParser.parse(ByteBuffer(string: text), limits: limits) { return .number(number) }
            return .string(text)
        case .boolean:
            switch text.lowercased() {
            case "": return nil
            case "true", "on", "1", "yes": return .bool(true)
            case "false", "off", "0", "no": return .bool(false)
            default: return .string(text)
            }
        case .json:
            guard !text.isEmpty else { return nil }
            return (try? JSONParser.parse(ByteBuffer(string: text), limits: limits)) ?? .string(text)
        case .array(let element):
            return element.value(of: text, limits: limits)
        }
    }
}

extension JSONSchema {
    fileprivate var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}
