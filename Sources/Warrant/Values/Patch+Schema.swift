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

extension ValidationIssues {
    /// A ``Patch`` member, with or without a default: a missing key is ``Patch/absent``, `null` is
    /// ``Patch/null``, and a value is decoded as `Wrapped` with issues under `key`.
    ///
    /// More specific than ``member(_:_:in:)``, so a `Patch` member declared without `= .absent` behaves the
    /// same instead of being required.
    public mutating func member<Wrapped: SchemaValue>(_ type: Patch<Wrapped>.Type, _ key: String, in object: JSONObject) -> Patch<Wrapped>? {
        member(type, key, in: object, default: .absent)
    }
}

extension JSONWriter {
    /// Writes a ``Patch`` member: nothing for ``Patch/absent``, `"key": null` for ``Patch/null``.
    public mutating func member<Wrapped: SchemaValue>(_ key: String, _ value: Patch<Wrapped>) {
        switch value {
        case .absent:
            return
        case .null:
            self.key(key)
            null()
        case .value(let wrapped):
            member(key, wrapped)
        }
    }
}

extension ObjectSchemaBuilder {
    /// Adds a ``Patch`` property: documented as `Wrapped` (with the member's constraints and example) or
    /// `null`, and never required, whatever the declaration says, since its decoder accepts a missing key.
    public mutating func property<Wrapped: SchemaValue>(
        _ key: String,
        _ type: Patch<Wrapped>.Type,
        required: Bool,
        nullable: Bool = false,
        description: String?,
        deprecated: Bool,
        constraints: [Constraint],
        example: Patch<Wrapped>?,
        in components: inout SchemaComponents
    ) {
        property(
            key, Wrapped.self, required: false, nullable: true, description: description, deprecated: deprecated,
            constraints: constraints, example: example?.newValue, in: &components
        )
    }
}
