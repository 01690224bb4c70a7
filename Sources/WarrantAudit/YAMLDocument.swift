import WarrantJSON
import Yams

/// A YAML document read as the JSON value it denotes, so both formats are audited the same way.
///
/// YAML aliases are expanded, so a document of nested aliases (a "billion laughs") could denote an
/// enormous value: the conversion stops, with an error, past a node budget and a depth limit.
enum YAMLDocument {
    /// The most nodes one document may expand to.
    static let nodeBudget = 2_000_000
    /// The deepest nesting accepted, as for JSON.
    static let maximumDepth = 256

    /// The JSON value of the first YAML document in `text`.
    static func json(from text: String, origin: String) throws(AuditError) -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw AuditError("\(origin) is neither JSON nor valid YAML: \(error)")
        }
        guard let node else {
            throw AuditError("\(origin) is empty")
        }
        var converter = Converter(origin: origin)
        return try converter.value(of: node, depth: 0)
    }

    /// One conversion's running node count.
    private struct Converter {
        let origin: String
        var nodes = 0

        mutating func value(of node: Node, depth: Int) throws(AuditError) -> JSONValue {
            nodes += 1
            guard nodes <= YAMLDocument.nodeBudget else {
                throw AuditError("\(origin) expands to more than \(YAMLDocument.nodeBudget) YAML nodes (nested aliases?)")
            }
            guard depth <= YAMLDocument.maximumDepth else {
                throw AuditError("\(origin) nests deeper than \(YAMLDocument.maximumDepth) levels")
            }
            switch node {
            case .scalar(let scalar):
                return Self.scalar(scalar, tag: node.tag)
            case .sequence(let sequence):
                var elements: [JSONValue] = []
                elements.reserveCapacity(sequence.count)
                for element in sequence { elements.append(try value(of: element, depth: depth + 1)) }
                return .array(elements)
            case .mapping(let mapping):
                var object = JSONObject()
                for (key, member) in mapping {
                    // OpenAPI keys are strings: `200:` is the response code "200", not a number.
                    guard case .scalar(let keyScalar) = key else {
                        throw AuditError("\(origin) has a mapping key that is not a scalar\(Self.place(key))")
                    }
                    object[keyScalar.string] = try value(of: member, depth: depth + 1)
                }
                return .object(object)
            case .alias:
                throw AuditError("\(origin) has an alias that does not resolve\(Self.place(node))")
            }
        }

        /// A scalar as its resolved YAML type says: null, a boolean, a number (its text kept, as JSON keeps
        /// lexemes), or a string.
        private static func scalar(_ scalar: Node.Scalar, tag: Tag) -> JSONValue {
            switch tag.rawValue {
            case Tag.Name.null.rawValue:
                return .null
            case Tag.Name.bool.rawValue:
                return Node.scalar(scalar).bool.map(JSONValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue:
                if let number = JSONNumber(lexeme: scalar.string) { return .number(number) }
                return Node.scalar(scalar).int.map { .number(JSONNumber($0)) } ?? .string(scalar.string)
            case Tag.Name.float.rawValue:
                if let number = JSONNumber(lexeme: scalar.string) { return .number(number) }
                return Node.scalar(scalar).float.flatMap(JSONNumber.init).map(JSONValue.number) ?? .string(scalar.string)
            default:
                return .string(scalar.string)
            }
        }

        /// " (line N)" when the node knows where it is.
        private static func place(_ node: Node) -> String {
            node.mark.map { " (line \($0.line))" } ?? ""
        }
    }
}
