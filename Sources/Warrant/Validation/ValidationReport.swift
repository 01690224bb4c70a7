/// What a ``Validating`` type's `validate` finds, each issue placed at a member (named by key path, so a
/// renamed property or a `CodingKeys` entry cannot leave a stale pointer) or at the whole value.
public struct ValidationReport<Root: SchemaModel> {
    /// The issues recorded, relative to the value being validated.
    var issues = ValidationIssues()

    /// An empty report.
    public init() {}

    /// Whether nothing was recorded.
    public var isEmpty: Bool { issues.isEmpty }

    /// Records that the member `member` is invalid: `detail` says why, in the words of the other issues
    /// ("must be after start"); `code` is the stable machine-readable name clients can match.
    public mutating func fail(_ member: PartialKeyPath<Root>, _ detail: String, code: String = "invalid") {
        var nested = ValidationIssues()
        nested.record(code, detail)
        guard let key = Root.jsonKey(for: member) else {
            // A computed property or a type @Schema did not write: the whole value is reported instead.
            issues.append(contentsOf: nested)
            return
        }
        issues.absorb(nested, under: key)
    }

    /// Records that the value as a whole is invalid (the issue's pointer is the value's own).
    public mutating func fail(_ detail: String, code: String = "invalid") {
        issues.record(code, detail)
    }
}

/// The step `@Schema`'s decoder ends with: a ``Validating`` value runs its rules; any other is accepted.
public enum SchemaValidation {
    /// `value`, which has no rules of its own.
    @inlinable
    public static func validated<T>(_ value: T, issues: inout ValidationIssues) -> T? { value }

    /// `value` if its rules pass; otherwise `nil`, with their issues recorded.
    public static func validated<T: Validating>(_ value: T, issues: inout ValidationIssues) -> T? {
        var report = ValidationReport<T>()
        value.validate(&report)
        guard report.isEmpty else {
            issues.append(contentsOf: report.issues)
            return nil
        }
        return value
    }
}
