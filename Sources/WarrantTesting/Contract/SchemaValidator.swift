import Foundation
import OpenAPIKit
import WarrantJSON
import Warrant

/// Checks a JSON value against an OpenAPI 3.1 schema (the subset Warrant documents: types and formats,
/// properties and `required`, `additionalProperties`, items, `enum`, lengths, ranges, patterns, item
/// counts, `$ref` to components, and the combinators).
struct SchemaValidator {
    let components: OpenAPI.Components

    /// Every way `value` breaks `schema`, each as "<pointer>: <what>".
    func violations(of value: JSONValue, against schema: JSONSchema) -> [String] {
        var found: [String] = []
        check(value, schema, pointer: "", depth: 0, into: &found)
        return found
    }

    private func check(_ value: JSONValue, _ schema: JSONSchema, pointer: String, depth: Int, into found: inout [String]) {
        guard depth < 64 else { return }
        let at = pointer.isEmpty ? "(root)" : pointer
        if value == .null, schema.nullable { return }
        if let allowed = schema.allowedValues, !allowed.compactMap(Self.json).contains(value) {
            found.append("\(at): \(value) is not one of the documented values")
            return
        }
        switch schema.value {
        case .reference(let reference, _):
            guard let resolved = components[reference] else {
                found.append("\(at): the schema refers to a missing component")
                return
            }
            check(value, resolved, pointer: pointer, depth: depth + 1, into: &found)
        case .null:
            if value != .null { found.append("\(at): expected null, found \(value.typeName)") }
        case .boolean:
            if case .bool = value {} else { found.append("\(at): expected a boolean, found \(value.typeName)") }
        case .integer(let core, let context):
            guard case .number(let number) = value, number.isInteger, let integer = number.int64 else {
                found.append("\(at): expected an integer, found \(value)")
                return
            }
            if core.format == .int32, Int32(exactly: integer) == nil { found.append("\(at): \(integer) does not fit int32") }
            if let minimum = context.minimum, minimum.exclusive ? integer <= minimum.value : integer < minimum.value {
                found.append("\(at): \(integer) is below the minimum \(minimum.value)")
            }
            if let maximum = context.maximum, maximum.exclusive ? integer >= maximum.value : integer > maximum.value {
                found.append("\(at): \(integer) is above the maximum \(maximum.value)")
            }
        case .number(_, let context):
            guard case .number(let number) = value, let double = number.double else {
                found.append("\(at): expected a number, found \(value.typeName)")
                return
            }
            if let minimum = context.minimum, minimum.exclusive ? double <= minimum.value : double < minimum.value {
                found.append("\(at): \(double) is below the minimum \(minimum.value)")
            }
            if let maximum = context.maximum, maximum.exclusive ? double >= maximum.value : double > maximum.value {
                found.append("\(at): \(double) is above the maximum \(maximum.value)")
            }
        case .string(let core, let context):
            guard case .string(let text) = value else {
                found.append("\(at): expected a string, found \(value.typeName)")
                return
            }
            let length = text.unicodeScalars.count
            if length < context.minLength { found.append("\(at): shorter than \(context.minLength) characters") }
            if let maximum = context.maxLength, length > maximum { found.append("\(at): longer than \(maximum) characters") }
            if let pattern = context.pattern, let regex = try? Regex(pattern), !text.contains(regex) {
                found.append("\(at): does not match \(pattern)")
            }
            switch core.format {
            case .dateTime where RFC3339.parse(text) == nil: found.append("\(at): \"\(text)\" is not an RFC 3339 date-time")
            case .other("uuid") where UUID(uuidString: text) == nil: found.append("\(at): \"\(text)\" is not a UUID")
            case .date where CalendarDate(text) == nil: found.append("\(at): \"\(text)\" is not a YYYY-MM-DD date")
            case .email where EmailAddress(text) == nil: found.append("\(at): \"\(text)\" is not an email address")
            case .other("decimal") where (try? DecimalText.parse(text).get()) == nil: found.append("\(at): \"\(text)\" is not a decimal string")
            default: break
            }
        case .object(_, let context):
            guard case .object(let object) = value else {
                found.append("\(at): expected an object, found \(value.typeName)")
                return
            }
            for name in context.requiredProperties where object[name] == nil {
                found.append("\(pointer)/\(name): required but missing")
            }
            for member in object {
                let child = pointer + "/" + member.key
                if let property = context.properties[member.key] {
                    check(member.value, property, pointer: child, depth: depth + 1, into: &found)
                } else {
                    switch context.additionalProperties {
                    case .a(false)?: found.append("\(child): not a documented property")
                    case .b(let schema)?: check(member.value, schema, pointer: child, depth: depth + 1, into: &found)
                    default: break
                    }
                }
            }
        case .array(_, let context):
            guard case .array(let elements) = value else {
                found.append("\(at): expected an array, found \(value.typeName)")
                return
            }
            if elements.count < context.minItems { found.append("\(at): fewer than \(context.minItems) items") }
            if let maximum = context.maxItems, elements.count > maximum { found.append("\(at): more than \(maximum) items") }
            if let items = context.items {
                for (index, element) in elements.enumerated() {
                    check(element, items, pointer: "\(pointer)/\(index)", depth: depth + 1, into: &found)
                }
            }
        case .all(let schemas, _):
            for schema in schemas { check(value, schema, pointer: pointer, depth: depth + 1, into: &found) }
        case .one(let schemas, _):
            let matching = schemas.filter { violations(of: value, against: $0).isEmpty }.count
            if matching != 1 { found.append("\(at): matches \(matching) of the oneOf schemas, not exactly one") }
        case .any(let schemas, _):
            if !schemas.contains(where: { violations(of: value, against: $0).isEmpty }) {
                found.append("\(at): matches none of the anyOf schemas")
            }
        case .not(let schema, _):
            if violations(of: value, against: schema).isEmpty { found.append("\(at): matches a schema it must not") }
        case .fragment:
            break
        }
    }

    /// An `enum` entry as a JSON value, for comparison.
    private static func json(_ value: AnyCodable) -> JSONValue? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONParser.parse(Array(data))
    }
}
