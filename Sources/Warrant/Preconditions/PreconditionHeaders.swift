import OpenAPIKit
import HTTPTypes

/// The `If-Match` header of a handler's ``IfMatch`` parameter: required (absent: 428) or optional.
public struct IfMatchHeader: RouteInputDescriptor {
    let required: Bool
    let description: String?

    /// The `If-Match` input; `required` answers 428 to a request without it.
    public init(required: Bool, description: String?) {
        self.required = required
        self.description = description
    }

    /// The precondition; `nil` after recording why the request is refused (malformed: 422, absent and
    /// required: 428).
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> IfMatch? {
        guard let text = input.headers[.ifMatch] else {
            issues.refuse(IfMatch.required)
            return nil
        }
        return PreconditionField.parse(text, name: "If-Match", issues: &issues).map(IfMatch.init)
    }

    /// The optional precondition: `.some(nil)` when absent.
    func extractOptional(from input: RouteInput, issues: inout ValidationIssues) -> IfMatch?? {
        guard let text = input.headers[.ifMatch] else { return .some(nil) }
        return PreconditionField.parse(text, name: "If-Match", issues: &issues).map { .some(IfMatch($0)) }
    }

    /// An `in: header` parameter, and the 412 (and 428 when required) it may cause.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let text = description ?? "The `ETag` of the version the change is based on; a stale one is answered 412."
        operation.parameters.append(PreconditionField.parameter("If-Match", required: required, description: text))
        operation.responses.append(.problem(.preconditionFailed, "The resource has changed since the version `If-Match` names.", in: &components))
        if required {
            operation.responses.append(.problem(.preconditionRequired, "`If-Match` is required: send the `ETag` of the version you read.", in: &components))
        }
    }
}

/// The optional `If-None-Match` header of a handler's ``IfNoneMatch`` parameter.
public struct IfNoneMatchHeader: RouteInputDescriptor {
    let description: String?

    /// The `If-None-Match` input.
    public init(description: String?) {
        self.description = description
    }

    /// The condition (no condition when absent); `nil` after recording that it is malformed.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> IfNoneMatch? {
        guard let text = input.headers[.ifNoneMatch] else { return IfNoneMatch(nil) }
        return PreconditionField.parse(text, name: "If-None-Match", issues: &issues).map(IfNoneMatch.init)
    }

    /// An optional `in: header` parameter, and the 304 it may cause.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let text = description ?? "`ETag`s of versions you hold; when one is current the answer is 304 without a body."
        operation.parameters.append(PreconditionField.parameter("If-None-Match", required: false, description: text))
        operation.responses.append(DocumentedResponse(
            status: .notModified,
            description: "Not modified: the version `If-None-Match` names is current.",
            headers: [("ETag", "The current version's entity tag.")]))
    }
}

/// Parsing and documenting shared by the two precondition headers.
enum PreconditionField {
    /// The field's condition, or `nil` after recording a 422 issue at the header.
    static func parse(_ text: String, name: String, issues: inout ValidationIssues) -> EntityTagCondition? {
        if let condition = EntityTagCondition(parsing: text) { return condition }
        issues.record("type", #"must be "*" or a comma-separated list of entity tags ("…" or W/"…")"#, inHeader: name)
        return nil
    }

    /// The header parameter: a string of the entity-tag-list syntax.
    static func parameter(_ name: String, required: Bool, description: String) -> OpenAPI.Parameter {
        let schema = JSONSchema.string(pattern: EntityTagCondition.pattern, examples: [#""r1""#])
        return OpenAPI.Parameter(name: name, context: .header(required: required, schema: schema), description: description)
    }
}

extension Inputs {
    /// An unmarked ``IfMatch`` parameter: `If-Match`, required (428 without it).
    public static func inferred(_ type: IfMatch.Type, _ name: String, description: String?, constraints: [Constraint]) -> IfMatchHeader {
        IfMatchHeader(required: true, description: description)
    }

    /// An unmarked `IfMatch?` parameter: `If-Match`, optional.
    public static func optionalInferred(_ type: IfMatch.Type, _ name: String, description: String?, constraints: [Constraint]) -> OptionalIfMatchHeader {
        OptionalIfMatchHeader(IfMatchHeader(required: false, description: description))
    }

    /// An unmarked ``IfNoneMatch`` parameter: `If-None-Match`, optional.
    public static func inferred(_ type: IfNoneMatch.Type, _ name: String, description: String?, constraints: [Constraint]) -> IfNoneMatchHeader {
        IfNoneMatchHeader(description: description)
    }
}

/// An optional `If-Match` (`ifMatch: IfMatch?`): absent gives `nil`.
public struct OptionalIfMatchHeader: RouteInputDescriptor {
    let header: IfMatchHeader

    init(_ header: IfMatchHeader) {
        self.header = header
    }

    /// `.some(nil)` when absent, `.some(value)` when valid, `nil` after recording why it is malformed.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> IfMatch?? {
        header.extractOptional(from: input, issues: &issues)
    }

    /// As ``IfMatchHeader``, optional.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        header.document(in: &operation, components: &components)
    }
}
