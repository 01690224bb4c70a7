public import OpenAPIKit

/// The named schemas an OpenAPI document collects while types describe themselves.
public struct SchemaComponents: Sendable {
    /// Component schemas by name, in the order they were first used.
    public private(set) var schemas: OrderedDictionary<String, JSONSchema> = [:]
    /// Names whose schema is being built, so recursive types refer to themselves instead of looping.
    private var building: Set<String> = []
    /// Which Swift type owns each name, to catch two types published under one name.
    private var owners: [String: ObjectIdentifier] = [:]
    /// Names claimed by two different Swift types.
    public private(set) var conflicts: [String] = []
    /// Declarations the document cannot represent, such as `@Length` on an integer.
    public private(set) var invalidDeclarations: [String] = []

    /// An empty set of components.
    public init() {}

    /// A `$ref` to `type`'s component, building the component on first use.
    public mutating func reference<T: NamedSchema>(to type: T.Type) -> JSONSchema {
        let name = T.schemaName
        let owner = ObjectIdentifier(type)
        if let existing = owners[name] {
            if existing != owner, !conflicts.contains(name) { conflicts.append(name) }
        } else {
            owners[name] = owner
            building.insert(name)
            let schema = T.componentSchema(in: &self)
            building.remove(name)
            schemas[name] = schema
        }
        return .reference(.component(named: name))
    }

    /// Records a declaration the document cannot represent; the server refuses to start with it.
    public mutating func reportInvalid(_ message: String) {
        if !invalidDeclarations.contains(message) { invalidDeclarations.append(message) }
    }

    /// Checks that each constraint fits `schema` (and that patterns compile), reporting those that do not.
    mutating func validate(_ constraints: [Constraint], on schema: JSONSchema, for subject: String) {
        for constraint in constraints {
            if !constraint.fits(schema), constraint.isUploadRule {
                reportInvalid("\(subject): \(constraint.name) applies to UploadedFile properties only")
            } else if !constraint.fits(schema) {
                reportInvalid("\(subject): \(constraint.name) does not apply to a \(schema.jsonType?.rawValue ?? "reference") value")
            }
            if case .pattern(let expression) = constraint.rule, !PatternCache.shared.isValid(expression) {
                reportInvalid("\(subject): the pattern \(expression) is not a valid regular expression")
            }
        }
    }

    /// Registers a component built outside a Swift type (the problem documents).
    mutating func register(_ name: String, _ schema: JSONSchema) -> JSONSchema {
        if schemas[name] == nil { schemas[name] = schema }
        return .reference(.component(named: name))
    }
}
