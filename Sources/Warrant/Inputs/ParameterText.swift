/// Parsing and checking shared by path, query and header parameters.
enum ParameterText {
    /// The value `text` spells, checked against `constraints`; issues are placed at `location`/`name`.
    static func decode<T: ParameterValue>(
        _ type: T.Type,
        _ text: Substring,
        constraints: [Constraint],
        location: ValidationIssue.Location,
        name: String,
        issues: inout ValidationIssues
    ) -> T? {
        var local = ValidationIssues()
        guard let value = T(parameterText: text) else {
            local.record("type", "must be \(T.parameterExpectation)")
            local.place(in: location, name: name)
            issues.append(contentsOf: local)
            return nil
        }
        for constraint in constraints { value.check(constraint, issues: &local) }
        guard local.isEmpty else {
            local.place(in: location, name: name)
            issues.append(contentsOf: local)
            return nil
        }
        return value
    }

    /// Records that a required parameter is absent.
    static func missing(location: ValidationIssue.Location, name: String, issues: inout ValidationIssues) {
        var local = ValidationIssues()
        local.record("missing", "is required")
        local.place(in: location, name: name)
        issues.append(contentsOf: local)
    }

    /// The parameter schema: the type's schema, constrained, with a default when one is given.
    static func schema<T: ParameterValue>(
        _ type: T.Type,
        name: String,
        constraints: [Constraint],
        defaultValue: T?,
        components: inout SchemaComponents
    ) -> JSONSchema {
        var schema = T.schema(in: &components)
        components.validate(constraints, on: schema, for: "parameter '\(name)'")
        for constraint in constraints { schema = constraint.applied(to: schema) }
        if let defaultValue, let value = JSONExample.anyCodable(defaultValue) {
            schema = schema.with(defaultValue: value)
        }
        return schema
    }
}
