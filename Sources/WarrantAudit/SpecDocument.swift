import WarrantJSON

/// An OpenAPI 3 document as the audit reads it: its parsed JSON, and where it came from.
public struct SpecDocument: Sendable {
    /// The whole document.
    public let root: JSONObject
    /// Where the document came from (a path, a URL, `git:REF:PATH`), for messages.
    public let origin: String

    /// The limits a specification is parsed under: deeper and wider than a request body's, since a
    /// document nests schemas in operations in paths, and a large API has thousands of members.
    static let parsingLimits = JSONLimits(maxDepth: 256, maxStringLength: 4 << 20, maxKeysPerObject: 100_000, maxArrayLength: 1_000_000)

    /// A document from its parsed JSON.
    /// - Parameters:
    ///   - root: The document's top-level object.
    ///   - origin: Where it came from, for messages.
    public init(root: JSONObject, origin: String = "the document") {
        self.root = root
        self.origin = origin
    }

    /// Parses a JSON or YAML document and checks that it is OpenAPI 3.
    ///
    /// Text whose first non-blank character is `{` is JSON, read by the strict parser (a duplicated member
    /// is an error, not a silent choice); anything else is YAML.
    /// - Parameters:
    ///   - bytes: The document's UTF-8 text.
    ///   - origin: Where it came from, for messages.
    /// - Throws: ``AuditError`` naming the origin and the problem: invalid JSON or YAML (with the line), or a
    ///   document that is not OpenAPI 3.
    public init(parsing bytes: [UInt8], origin: String) throws(AuditError) {
        let firstSignificant = bytes.first { !(" \t\r\n" as String).utf8.contains($0) }
        let value: JSONValue
        if firstSignificant == UInt8(ascii: "{") {
            do {
                value = try JSONParser.parse(bytes, limits: Self.parsingLimits)
            } catch {
                let (line, column) = Self.lineAndColumn(of: error.offset, in: bytes)
                throw AuditError("\(origin) is not valid JSON: \(error.message) (line \(line), column \(column))")
            }
        } else {
            value = try YAMLDocument.json(from: String(decoding: bytes, as: UTF8.self), origin: origin)
        }
        guard case .object(let root) = value else {
            throw AuditError("\(origin) is not an OpenAPI document: its top level is \(Self.article(value.typeName)), not an object")
        }
        try Self.checkIsOpenAPI(root, origin: origin)
        self.init(root: root, origin: origin)
    }

    /// Refuses anything but an OpenAPI 3 document, saying what it looks like instead.
    private static func checkIsOpenAPI(_ root: JSONObject, origin: String) throws(AuditError) {
        if root["swagger"] != nil {
            throw AuditError("\(origin) is a Swagger 2.0 document; the audit reads OpenAPI 3 (convert it, or compare the documents your server serves now)")
        }
        guard let version = root["openapi"]?.stringValue else {
            throw AuditError("\(origin) is not an OpenAPI document: it has no \"openapi\" member with the version (such as \"3.1.0\")")
        }
        guard version.hasPrefix("3.") else {
            throw AuditError("\(origin) is OpenAPI \(version); the audit reads OpenAPI 3.0 and 3.1")
        }
        if let paths = root["paths"], paths.objectValue == nil {
            throw AuditError("\(origin) is not a valid OpenAPI document: \"paths\" is \(article(paths.typeName)), not an object")
        }
    }

    /// "an object", "a string"…
    private static func article(_ typeName: String) -> String {
        (typeName.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + typeName
    }

    /// The 1-based line and column of a byte offset, so an error points where an editor does.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The `paths` object, empty when the document has none (an OpenAPI 3.1 document may have only webhooks).
    var paths: JSONObject { root["paths"]?.objectValue ?? JSONObject() }

    /// The `components.securitySchemes` object.
    var securitySchemes: JSONObject { root["components"]?["securitySchemes"]?.objectValue ?? JSONObject() }

    /// The value a local reference (`#/components/schemas/Todo`) points at; `nil` for a reference to
    /// another document or to nothing.
    func value(atReference reference: String) -> JSONValue? {
        guard reference.hasPrefix("#"), let pointer = JSONPointer(encoded: String(reference.dropFirst())) else { return nil }
        var current: JSONValue = .object(root)
        for component in pointer.components {
            switch current {
            case .object(let object):
                guard let next = object[component] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(component), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// `node` with its `$ref` chain followed: the object it names, and the last reference's name (`Todo`
    /// for `#/components/schemas/Todo`). Members beside a `$ref` (OpenAPI 3.1 allows a `description`) win
    /// over the target's. A reference that cannot be followed, or a chain longer than 32, is left as it is.
    func resolved(_ node: JSONValue) -> (object: JSONObject, referenceName: String?)? {
        guard var object = node.objectValue else { return nil }
        var name: String?
        var hops = 0
        while let reference = object["$ref"]?.stringValue, hops < 32, let target = value(atReference: reference)?.objectValue {
            var merged = target
            for member in object.members where member.key != "$ref" { merged[member.key] = member.value }
            object = merged
            name = JSONPointer(encoded: String(reference.dropFirst()))?.components.last ?? reference
            hops += 1
        }
        return (object, name)
    }
}
