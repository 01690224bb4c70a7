public import WarrantJSON

/// How `@Schema`'s generated code documents, decodes, checks and encodes one stored property of type
/// `Value`: every use of the property's type goes through this witness, made once per property by
/// ``schemaMember(_:)``.
///
/// Why a witness: when the type is not a schema value (a struct without `@Schema`, say), the one call to
/// ``schemaMember(_:)`` that names it fails with a message saying what to do, and nothing else does. Without
/// it, the type checker reported the same mistake three times, as unmet requirements deep in the expansion.
public struct SchemaMember<Value> {
    @usableFromInline
    init() {}
}

/// The witness for a property of the schema value `type`.
@inlinable
public func schemaMember<T: SchemaValue>(_ type: T.Type) -> SchemaMember<T> { SchemaMember() }

/// Reached only for a type that is not a schema value: a compile-time error that names the fix.
@available(
    *, unavailable,
    message: "a @Schema property's type must be a schema value: mark that type @Schema, or use String, Bool, an integer, Double, Float, Date, UUID, an array or a [String: …] dictionary of them"
)
public func schemaMember<T>(_ type: T.Type) -> SchemaMember<T> { SchemaMember() }

extension SchemaMember where Value: SchemaValue {
    /// Adds the property to the object's schema.
    @inlinable
    public func document(
        _ key: String, in object: inout ObjectSchemaBuilder, required: Bool, nullable: Bool, description: String?,
        deprecated: Bool, constraints: [Constraint], example: Value?, components: inout SchemaComponents
    ) {
        object.property(
            key, Value.self, required: required, nullable: nullable, description: description, deprecated: deprecated,
            constraints: constraints, example: example, in: &components
        )
    }

    /// A required member.
    @inlinable
    public func decode(_ key: String, in object: JSONObject, issues: inout ValidationIssues) -> Value? {
        issues.member(Value.self, key, in: object)
    }

    /// A member with a default, used when the key is absent.
    @inlinable
    public func decode(_ key: String, in object: JSONObject, default defaultValue: Value, issues: inout ValidationIssues) -> Value? {
        issues.member(Value.self, key, in: object, default: defaultValue)
    }

    /// An optional member: absent or `null` gives `.some(nil)`; an invalid value gives `nil`.
    @inlinable
    public func decodeOptional(_ key: String, in object: JSONObject, issues: inout ValidationIssues) -> Value?? {
        issues.optionalMember(Value.self, key, in: object)
    }

    /// Checks a decoded value against one of the property's declared constraints.
    @inlinable
    public func check(_ value: Value, _ constraint: Constraint, at key: String, issues: inout ValidationIssues) {
        issues.check(value, constraint, at: key)
    }

    /// Writes `"key": value`.
    @inlinable
    public func encode(_ key: String, _ value: Value, to writer: inout JSONWriter) {
        writer.member(key, value)
    }

    /// Writes `"key": value`, or nothing for `nil`.
    @inlinable
    public func encode(_ key: String, _ value: Value?, to writer: inout JSONWriter) {
        writer.member(key, value)
    }
}

// Chosen only when `Value` is not a schema value, that is after ``schemaMember(_:)`` has already failed the
// build: they keep the rest of the expansion well-typed, so that failure is the only message.
extension SchemaMember {
    /// Never runs: see above.
    public func document(
        _ key: String, in object: inout ObjectSchemaBuilder, required: Bool, nullable: Bool, description: String?,
        deprecated: Bool, constraints: [Constraint], example: Value?, components: inout SchemaComponents
    ) {}

    /// Never runs: see above.
    public func decode(_ key: String, in object: JSONObject, issues: inout ValidationIssues) -> Value? { nil }

    /// Never runs: see above.
    public func decode(_ key: String, in object: JSONObject, default defaultValue: Value, issues: inout ValidationIssues) -> Value? { nil }

    /// Never runs: see above.
    public func decodeOptional(_ key: String, in object: JSONObject, issues: inout ValidationIssues) -> Value?? { nil }

    /// Never runs: see above.
    public func check(_ value: Value, _ constraint: Constraint, at key: String, issues: inout ValidationIssues) {}

    /// Never runs: see above.
    public func encode(_ key: String, _ value: Value, to writer: inout JSONWriter) {}

    /// Never runs: see above.
    public func encode(_ key: String, _ value: Value?, to writer: inout JSONWriter) {}
}
