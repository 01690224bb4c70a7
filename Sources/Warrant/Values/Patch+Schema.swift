public import WarrantJSON

extension Patch: SchemaDescribable, JSONDecodableValue, JSONEncodableValue, ConstrainedValue, SchemaValue
where Wrapped: SchemaValue {
    /// `Wrapped`'s schema or `null`, as an optional member's is documented.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        ObjectSchemaBuilder.allowingNull(Wrapped.schema(in: &components))
    }

    /// `null` is ``null``; anything else is decoded as `Wrapped` (its issues are this value's).
    ///
    /// A missing key never reaches here: the object decoder gives ``absent`` for it.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Patch<Wrapped>? {
        if json == .null { return .null }
        return Wrapped.decode(json: json, issues: &issues).map { Patch.value($0) }
    }

    /// Writes the value, or `null` for ``null`` and — where no member can be left out, such as an array
    /// element — for ``absent``. As an object's member, ``absent`` is left out instead.
    public func encode(to writer: inout JSONWriter) {
        if case .value(let wrapped) = self {
            wrapped.encode(to: &writer)
        } else {
            writer.null()
        }
    }

    /// A sent value is checked as `Wrapped` is; ``absent`` and ``null`` break no constraint.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        if case .value(let wrapped) = self { wrapped.check(constraint, issues: &issues) }
    }
}

/// What a ``SchemaMember`` needs of a ``Patch`` to treat it as one, whatever its `Wrapped` (a protocol, since
/// an extension cannot name `Patch` with its parameter free).
public protocol PatchMember: SchemaValue {
    /// The type of a sent value.
    associatedtype Wrapped: SchemaValue
    /// The key was not sent.
    static var absent: Self { get }
    /// Whether the key was sent at all.
    var isPresent: Bool { get }
    /// The sent value, if any.
    var newValue: Wrapped? { get }
}

extension Patch: PatchMember where Wrapped: SchemaValue {}

// A `Patch` member is never required, is documented as `Wrapped` or `null`, and is left out when absent:
// more specific than the `SchemaValue` witness, so `@Schema`'s code picks these for it.
extension SchemaMember where Value: PatchMember {
    /// Adds the property: `Wrapped` (with the member's constraints and example) or `null`, never required,
    /// whatever the declaration says, since its decoder accepts a missing key.
    @inlinable
    public func document(
        _ key: String, in object: inout ObjectSchemaBuilder, required: Bool, nullable: Bool, description: String?,
        deprecated: Bool, constraints: [Constraint], example: Value?, components: inout SchemaComponents
    ) {
        object.property(
            key, Value.Wrapped.self, required: false, nullable: true, description: description, deprecated: deprecated,
            constraints: constraints, example: example?.newValue, in: &components
        )
    }

    /// A missing key is ``Patch/absent`` with or without a declared default, `null` is ``Patch/null``.
    @inlinable
    public func decode(_ key: String, in object: JSONObject, issues: inout ValidationIssues) -> Value? {
        issues.member(Value.self, key, in: object, default: .absent)
    }

    /// Writes nothing for ``Patch/absent``, `"key": null` for ``Patch/null``, else the value.
    @inlinable
    public func encode(_ key: String, _ value: Value, to writer: inout JSONWriter) {
        guard value.isPresent else { return }
        writer.member(key, value)
    }
}
